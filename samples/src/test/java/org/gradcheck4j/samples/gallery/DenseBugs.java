package org.gradcheck4j.samples.gallery;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.gradcheck4j.samples.layers.Dense;

/** Dense layers with one planted mistake each. */
final class DenseBugs {

    private DenseBugs() {
    }

    /** Forgets to compute db: the bias gradient stays at zero. */
    static final class DenseWithoutBiasGradient extends Dense {
        DenseWithoutBiasGradient(DMatrixRMaj weights, DMatrixRMaj bias) {
            super(weights, bias);
        }

        @Override
        protected void computeBiasGradient(DMatrixRMaj dz, DMatrixRMaj db) {
            // the bias gradient was never written
        }
    }

    /** Takes db from the first example instead of summing over the batch. */
    static final class DenseBiasGradientFromFirstExampleOnly extends Dense {
        DenseBiasGradientFromFirstExampleOnly(DMatrixRMaj weights, DMatrixRMaj bias) {
            super(weights, bias);
        }

        @Override
        protected void computeBiasGradient(DMatrixRMaj dz, DMatrixRMaj db) {
            for (int i = 0; i < dz.numRows; i++) {
                db.set(i, 0, dz.get(i, 0));
            }
        }
    }

    /** Computes dW = X·dZᵀ, the transpose of the right answer (same shape for a square layer). */
    static final class DenseWithTransposedWeightGradient extends Dense {
        DenseWithTransposedWeightGradient(DMatrixRMaj weights, DMatrixRMaj bias) {
            super(weights, bias);
        }

        @Override
        protected void computeWeightGradient(DMatrixRMaj dz, DMatrixRMaj x, DMatrixRMaj dW) {
            CommonOps_DDRM.multTransB(x, dz, dW);
        }
    }

    /** Divides dW by m although the cost already averaged over the batch. */
    static final class DenseWeightGradientAveragedTwice extends Dense {
        DenseWeightGradientAveragedTwice(DMatrixRMaj weights, DMatrixRMaj bias) {
            super(weights, bias);
        }

        @Override
        protected void computeWeightGradient(DMatrixRMaj dz, DMatrixRMaj x, DMatrixRMaj dW) {
            CommonOps_DDRM.multTransB(1.0 / x.numCols, dz, x, dW);
        }
    }

    /** Computes dX = W·dZ instead of Wᵀ·dZ (same shape for a square layer). */
    static final class DenseInputGradientWithoutTranspose extends Dense {
        DenseInputGradientWithoutTranspose(DMatrixRMaj weights, DMatrixRMaj bias) {
            super(weights, bias);
        }

        @Override
        protected DMatrixRMaj computeInputGradient(DMatrixRMaj dz, DMatrixRMaj W) {
            return CommonOps_DDRM.mult(W, dz, null);
        }
    }
}
