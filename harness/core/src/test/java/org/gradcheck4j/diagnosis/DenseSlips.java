package org.gradcheck4j.diagnosis;

import java.util.Random;
import org.gradcheck4j.testlayers.Dense;
import org.gradcheck4j.testlayers.TwoLayerNet;

/** Planted bugs for the hints: dense layers and the two-layer network with one slip each. */
final class DenseSlips {

    private DenseSlips() {
    }

    /** dW twice too large. */
    static class DoubledWeightGradient extends Dense {
        DoubledWeightGradient(int in, int out, Random random) {
            super(in, out, random);
        }

        @Override
        public double[][] backward(double[][] dy) {
            double[][] dx = super.backward(dy);
            for (double[] row : dW) {
                for (int j = 0; j < row.length; j++) {
                    row[j] *= 2;
                }
            }
            return dx;
        }
    }

    /** Row 1 of dW computed from the upstream gradient of unit 0. */
    static class WrongRow extends Dense {
        WrongRow(int in, int out, Random random) {
            super(in, out, random);
        }

        @Override
        public double[][] backward(double[][] dy) {
            double[][] dx = super.backward(dy);
            for (int j = 0; j < dW[1].length; j++) {
                double s = 0;
                for (int e = 0; e < dy[0].length; e++) {
                    s += dy[0][e] * x[j][e];
                }
                dW[1][j] = s;
            }
            return dx;
        }
    }

    /** Column 2 of dW has its sign flipped. */
    static class WrongColumn extends Dense {
        WrongColumn(int in, int out, Random random) {
            super(in, out, random);
        }

        @Override
        public double[][] backward(double[][] dy) {
            double[][] dx = super.backward(dy);
            for (double[] row : dW) {
                row[2] = -row[2];
            }
            return dx;
        }
    }

    /** One element of dW, dW[2,1], off by 1. */
    static class WrongElement extends Dense {
        WrongElement(int in, int out, Random random) {
            super(in, out, random);
        }

        @Override
        public double[][] backward(double[][] dy) {
            double[][] dx = super.backward(dy);
            dW[2][1] += 1;
            return dx;
        }
    }

    /** Two elements of dW, dW[0,0] and dW[2,3], off by 0.7. */
    static class TwoWrongElements extends Dense {
        TwoWrongElements(int in, int out, Random random) {
            super(in, out, random);
        }

        @Override
        public double[][] backward(double[][] dy) {
            double[][] dx = super.backward(dy);
            dW[0][0] += 0.7;
            dW[2][3] -= 0.7;
            return dx;
        }
    }

    /** dx allocated but never filled. */
    static class InputGradientNeverFilled extends Dense {
        InputGradientNeverFilled(int in, int out, Random random) {
            super(in, out, random);
        }

        @Override
        public double[][] backward(double[][] dy) {
            super.backward(dy);
            return new double[x.length][x[0].length];
        }
    }

    /** Inverted dropout whose backward applies the mask but forgets the 1/keepProb. */
    static class DropoutWithoutScaleInBackward extends TwoLayerNet {
        DropoutWithoutScaleInBackward(int in, int hidden, double keepProb, Random init) {
            super(in, hidden, keepProb, 0, init);
        }

        @Override
        protected double dropoutBackward(double da, int i, int j) {
            return mask[i][j] ? da : 0;
        }
    }

    /** The L2 gradient written as 2λ/m·W. */
    static class DoubledL2Gradient extends TwoLayerNet {
        DoubledL2Gradient(int in, int hidden, double lambda, Random init) {
            super(in, hidden, 1.0, lambda, init);
        }

        @Override
        protected double l2Gradient(double w, int m) {
            return 2 * lambda / m * w;
        }
    }
}
