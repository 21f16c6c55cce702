package org.gradcheck4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Constant;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.testlayers.FloatDense;
import org.junit.jupiter.api.Test;

/** Float layers: a correct one never fails, a wrong one (sign, transpose, missing term) always does. */
class FloatPrecisionTests {

    /** y = W x on EJML float matrices, W square; subclasses plant bugs. */
    static class FloatLinear {
        @Param FMatrixRMaj W;
        @Grad("W") FMatrixRMaj dW;
        FMatrixRMaj x;

        FloatLinear(int n, Random r) {
            W = new FMatrixRMaj(n, n);
            for (int i = 0; i < W.data.length; i++) {
                W.data[i] = (float) r.nextGaussian();
            }
            dW = new FMatrixRMaj(n, n);
        }

        @Forward
        public FMatrixRMaj forward(@Constant FMatrixRMaj x) {
            this.x = x;
            FMatrixRMaj y = new FMatrixRMaj(W.numRows, x.numCols);
            org.ejml.dense.row.CommonOps_FDRM.mult(W, x, y);
            return y;
        }

        @Backward
        public void backward(FMatrixRMaj dy) {
            org.ejml.dense.row.CommonOps_FDRM.multTransB(dy, x, dW);
        }
    }

    static class FloatLinearTransposed extends FloatLinear {
        FloatLinearTransposed(int n, Random r) {
            super(n, r);
        }

        @Override
        public void backward(FMatrixRMaj dy) {
            org.ejml.dense.row.CommonOps_FDRM.multTransB(x, dy, dW);
        }
    }

    static class FloatLinearSignFlipped extends FloatLinear {
        FloatLinearSignFlipped(int n, Random r) {
            super(n, r);
        }

        @Override
        public void backward(FMatrixRMaj dy) {
            super.backward(dy);
            org.ejml.dense.row.CommonOps_FDRM.scale(-1, dW);
        }
    }

    private static FMatrixRMaj input(int rows, int cols, Random r) {
        FMatrixRMaj x = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = (float) r.nextGaussian();
        }
        return x;
    }

    @Test
    void correctFloatLayersNeverFail() {
        for (long seed = 0; seed < 200; seed++) {
            Random r = new Random(seed);
            int in = 1 + r.nextInt(8);
            int out = 1 + r.nextInt(8);
            GradCheckResult dense = GradCheck.of(new FloatDense(in, out, r)).input(FloatDense.input(in, 1 + r.nextInt(6), r))
                    .seed(seed).run();
            assertTrue(dense.passes(false), dense::message);
            GradCheckResult linear = GradCheck.of(new FloatLinear(in, r)).input(input(in, 3, r)).seed(seed).run();
            assertTrue(linear.passes(false), linear::message);
        }
    }

    @Test
    void wrongFloatLayersAlwaysFail() {
        for (long seed = 0; seed < 50; seed++) {
            Random r = new Random(seed);
            assertEquals(Verdict.FAIL, GradCheck.of(new FloatLinearTransposed(4, r)).input(input(4, 3, r)).run()
                    .verdict());
            assertEquals(Verdict.FAIL, GradCheck.of(new FloatLinearSignFlipped(3, r)).input(input(3, 2, r)).run()
                    .verdict());
            assertEquals(Verdict.FAIL, GradCheck.of(new FloatDense.WithoutActivationDerivative(3, 4, r))
                    .input(FloatDense.input(3, 2, r)).run().verdict());
        }
    }

    @Test
    void theResultSaysHowFloatWasHandled() {
        Random r = new Random(1);
        GradCheckResult result = GradCheck.of(new FloatLinear(3, r)).input(input(3, 2, r)).run();
        assertEquals(Thresholds.FLOAT, result.thresholds());
        assertTrue(result.notes().get(0).text().startsWith("float tensors: step 0.01"), result::message);
    }
}
