package org.gradcheck4j.testlayers;

import java.util.Random;

/** Dense layers with one planted mistake each. */
public final class DenseBugs {

    private DenseBugs() {
    }

    /** dW with its sign flipped. */
    public static class SignFlippedWeightGradient extends Dense {
        public SignFlippedWeightGradient(int in, int out, Random random) {
            super(in, out, random);
        }

        @Override
        public double[][] backward(double[][] dy) {
            double[][] dx = super.backward(dy);
            for (double[] row : dW) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = -row[j];
                }
            }
            return dx;
        }
    }

    /** db taken from the first example only instead of summed over the batch. */
    public static class WrongBiasGradient extends Dense {
        public WrongBiasGradient(int in, int out, Random random) {
            super(in, out, random);
        }

        @Override
        public double[][] backward(double[][] dy) {
            double[][] dx = super.backward(dy);
            for (int i = 0; i < db.length; i++) {
                db[i] = dy[i][0];
            }
            return dx;
        }
    }

    /** dW transposed (x dyᵀ instead of dy xᵀ); only visible for a square W. */
    public static class TransposedWeightGradient extends Dense {
        public TransposedWeightGradient(int n, Random random) {
            super(n, n, random);
        }

        @Override
        public double[][] backward(double[][] dy) {
            double[][] dx = super.backward(dy);
            Mat.assign(dW, Mat.transpose(Mat.copy(dW)));
            return dx;
        }
    }

    /** dx computed with W instead of Wᵀ (square layer). */
    public static class UntransposedInputGradient extends Dense {
        public UntransposedInputGradient(int n, Random random) {
            super(n, n, random);
        }

        @Override
        public double[][] backward(double[][] dy) {
            super.backward(dy);
            return Mat.times(W, dy);
        }
    }
}
