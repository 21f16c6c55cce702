package org.gradcheck4j.samples.gallery;

import org.gradcheck4j.samples.activations.LeakyRelu;
import org.gradcheck4j.samples.activations.Relu;
import org.gradcheck4j.samples.activations.Sigmoid;
import org.gradcheck4j.samples.activations.Tanh;

/** Activations with one planted mistake each in their derivative. */
final class ActivationBugs {

    private ActivationBugs() {
    }

    /** Passes the gradient through unchanged, as if ReLU were the identity. */
    static final class ReluGradientPassesNegatives extends Relu {
        @Override
        public double derivative(double z, double a) {
            return 1;
        }
    }

    /** Uses the activation max(0, z) itself as the derivative. */
    static final class ReluDerivativeTakenAsOutput extends Relu {
        @Override
        public double derivative(double z, double a) {
            return a;
        }
    }

    /** Backward of a plain ReLU: negative inputs get 0 instead of the slope α. */
    static final class LeakyReluWithoutSlopeInBackward extends LeakyRelu {
        LeakyReluWithoutSlopeInBackward(double slope) {
            super(slope);
        }

        @Override
        public double derivative(double z, double a) {
            return z > 0 ? 1 : 0;
        }
    }

    /** The slope α applied to positive inputs and 1 to negative ones. */
    static final class LeakyReluSlopeOnWrongSide extends LeakyRelu {
        LeakyReluSlopeOnWrongSide(double slope) {
            super(slope);
        }

        @Override
        public double derivative(double z, double a) {
            return z > 0 ? slope() : 1;
        }
    }

    /** {@code 1 − a} instead of {@code 1 − a²}. */
    static final class TanhDerivativeWithoutSquare extends Tanh {
        @Override
        public double derivative(double z, double a) {
            return 1 - a;
        }
    }

    /** {@code 1 − z²} from the input instead of {@code 1 − a²} from the output. */
    static final class TanhDerivativeFromInput extends Tanh {
        @Override
        public double derivative(double z, double a) {
            return 1 - z * z;
        }
    }

    /** {@code a} instead of {@code a·(1 − a)}. */
    static final class SigmoidDerivativeWithoutOneMinus extends Sigmoid {
        @Override
        public double derivative(double z, double a) {
            return a;
        }
    }

    /** {@code z·(1 − z)} from the input instead of {@code a·(1 − a)} from the output. */
    static final class SigmoidDerivativeFromInput extends Sigmoid {
        @Override
        public double derivative(double z, double a) {
            return z * (1 - z);
        }
    }
}
