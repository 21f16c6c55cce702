package org.gradcheck4j.samples.gallery;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.gradcheck4j.samples.init.Initializer;
import org.gradcheck4j.samples.network.DeepNetwork;

/** The L-layer network with one planted mistake each. */
final class NetworkBugs {

    private NetworkBugs() {
    }

    /** The penalty is in J but its gradient (λ/m)·W is never added to dW. */
    static final class NetworkWithoutL2Gradient extends DeepNetwork {
        NetworkWithoutL2Gradient(int[] sizes, Initializer init, double lambda, double keepProb, Random random) {
            super(sizes, init, lambda, keepProb, random);
        }

        @Override
        protected void addWeightDecay(DMatrixRMaj dW, DMatrixRMaj W, int m) {
            // weight decay forgotten
        }
    }

    /** Adds λ·W instead of (λ/m)·W. */
    static final class NetworkL2GradientWithoutOneOverM extends DeepNetwork {
        NetworkL2GradientWithoutOneOverM(int[] sizes, Initializer init, double lambda, double keepProb, Random random) {
            super(sizes, init, lambda, keepProb, random);
        }

        @Override
        protected void addWeightDecay(DMatrixRMaj dW, DMatrixRMaj W, int m) {
            CommonOps_DDRM.addEquals(dW, lambda(), W);
        }
    }

    /** Backward scales by 1/keepProb but does not apply the hidden layers' dropout masks. */
    static final class NetworkDropoutMaskMissingInBackward extends DeepNetwork {
        NetworkDropoutMaskMissingInBackward(int[] sizes, Initializer init, double lambda, double keepProb,
                                            Random random) {
            super(sizes, init, lambda, keepProb, random);
        }

        @Override
        protected void dropoutBackward(DMatrixRMaj da, DMatrixRMaj mask, double keepProb) {
            CommonOps_DDRM.divide(da, keepProb);
        }
    }

    /** dZ[L] = A[L] − Y: the 1/m of the mean cost is missing. */
    static final class NetworkOutputGradientWithoutOneOverM extends DeepNetwork {
        NetworkOutputGradientWithoutOneOverM(int[] sizes, Initializer init, double lambda, double keepProb,
                                             Random random) {
            super(sizes, init, lambda, keepProb, random);
        }

        @Override
        protected DMatrixRMaj outputGradient(DMatrixRMaj output, DMatrixRMaj y, int m) {
            DMatrixRMaj dz = new DMatrixRMaj(output.numRows, output.numCols);
            CommonOps_DDRM.subtract(output, y, dz);
            return dz;
        }
    }
}
