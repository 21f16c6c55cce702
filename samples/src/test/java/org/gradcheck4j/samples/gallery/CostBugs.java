package org.gradcheck4j.samples.gallery;

import org.gradcheck4j.samples.losses.BinaryCrossEntropy;
import org.gradcheck4j.samples.losses.MeanSquaredError;
import org.gradcheck4j.samples.losses.SoftmaxCrossEntropy;

/** Costs with one planted mistake each in their gradient. */
final class CostBugs {

    private CostBugs() {
    }

    /** {@code P − Y}: the 1/m of the mean is missing. */
    static final class SoftmaxWithoutOneOverM extends SoftmaxCrossEntropy {
        @Override
        protected double logitGradient(double p, double y, int m) {
            return p - y;
        }
    }

    /** {@code (Y − P)/m}: the sign is flipped. */
    static final class SoftmaxGradientSignFlipped extends SoftmaxCrossEntropy {
        @Override
        protected double logitGradient(double p, double y, int m) {
            return (y - p) / m;
        }
    }

    /** {@code P/m}: the labels are left out. */
    static final class SoftmaxGradientWithoutLabels extends SoftmaxCrossEntropy {
        @Override
        protected double logitGradient(double p, double y, int m) {
            return p / m;
        }
    }

    /** {@code (ŷ − y)/m}: the factor 2 of the square is dropped. */
    static final class MseWithoutFactorTwo extends MeanSquaredError {
        @Override
        protected double predictionGradient(double prediction, double y, int m) {
            return (prediction - y) / m;
        }
    }

    /** {@code 2·(y − ŷ)/m}: the sign is flipped. */
    static final class MseGradientSignFlipped extends MeanSquaredError {
        @Override
        protected double predictionGradient(double prediction, double y, int m) {
            return 2 * (y - prediction) / m;
        }
    }

    /** {@code −(y/a)/m}: the gradient of the {@code (1 − y)·log(1 − a)} term is missing. */
    static final class BceWithoutSecondTerm extends BinaryCrossEntropy {
        @Override
        protected double probabilityGradient(double a, double y, int m) {
            return -(y / a) / m;
        }
    }

    /** {@code −(y/a + (1 − y)/(1 − a))/m}: the chain rule's −1 from {@code 1 − a} is lost. */
    static final class BceSecondTermSignFlipped extends BinaryCrossEntropy {
        @Override
        protected double probabilityGradient(double a, double y, int m) {
            return -(y / a + (1 - y) / (1 - a)) / m;
        }
    }
}
