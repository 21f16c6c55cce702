package org.gradcheck4j.testlayers;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.Param;

/** A correct dense layer on EJML: Y = W X + b 1ᵀ. */
@GradChecked
public class EjmlDense {

    @Param protected DMatrixRMaj W;
    @Param protected DMatrixRMaj b;
    @Grad("W") protected DMatrixRMaj dW;
    @Grad("b") protected DMatrixRMaj db;
    protected DMatrixRMaj x;

    public EjmlDense(int in, int out, Random random) {
        W = RandomMatrices_DDRM.rectangleGaussian(out, in, 0, 0.5, random);
        b = RandomMatrices_DDRM.rectangleGaussian(out, 1, 0, 0.1, random);
        dW = new DMatrixRMaj(out, in);
        db = new DMatrixRMaj(out, 1);
    }

    @Forward
    public DMatrixRMaj forward(DMatrixRMaj x) {
        this.x = x;
        DMatrixRMaj y = new DMatrixRMaj(W.numRows, x.numCols);
        CommonOps_DDRM.mult(W, x, y);
        for (int i = 0; i < y.numRows; i++) {
            for (int j = 0; j < y.numCols; j++) {
                y.add(i, j, b.get(i, 0));
            }
        }
        return y;
    }

    @Backward
    public DMatrixRMaj backward(DMatrixRMaj dy) {
        CommonOps_DDRM.multTransB(dy, x, dW);
        CommonOps_DDRM.sumRows(dy, db);
        DMatrixRMaj dx = new DMatrixRMaj(x.numRows, x.numCols);
        CommonOps_DDRM.multTransA(W, dy, dx);
        return dx;
    }

    /** Planted: db is never written (stays zero). */
    public static class WithoutBiasGradient extends EjmlDense {
        public WithoutBiasGradient(int in, int out, Random random) {
            super(in, out, random);
        }

        @Override
        public DMatrixRMaj backward(DMatrixRMaj dy) {
            CommonOps_DDRM.multTransB(dy, x, dW);
            DMatrixRMaj dx = new DMatrixRMaj(x.numRows, x.numCols);
            CommonOps_DDRM.multTransA(W, dy, dx);
            return dx;
        }
    }

    /** Planted: dW = W-shaped but from xᵀ dy... i.e. transposed product for a square layer. */
    public static class WithTransposedGradient extends EjmlDense {
        public WithTransposedGradient(int n, Random random) {
            super(n, n, random);
        }

        @Override
        public DMatrixRMaj backward(DMatrixRMaj dy) {
            DMatrixRMaj dx = super.backward(dy);
            CommonOps_DDRM.multTransB(x, dy, dW);
            return dx;
        }
    }
}
