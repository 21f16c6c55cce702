package org.gradcheck4j.testlayers;

import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.GradChecked;

/** Element-wise activations without parameters: only dJ/dx is checked. */
public final class Activations {

    private Activations() {
    }

    /** y = tanh(x); dx = dy (1 − y²). */
    @GradChecked
    public static class Tanh {
        protected double[][] y;

        @Forward
        public double[][] forward(double[][] x) {
            y = new double[x.length][x[0].length];
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < x[0].length; j++) {
                    y[i][j] = Math.tanh(x[i][j]);
                }
            }
            return y;
        }

        @Backward
        public double[][] backward(double[][] dy) {
            double[][] dx = new double[dy.length][dy[0].length];
            for (int i = 0; i < dy.length; i++) {
                for (int j = 0; j < dy[0].length; j++) {
                    dx[i][j] = dy[i][j] * (1 - y[i][j] * y[i][j]);
                }
            }
            return dx;
        }
    }

    /** The common slip: dx = dy (1 − y) instead of dy (1 − y²). */
    public static class TanhWithWrongDerivative extends Tanh {
        @Override
        public double[][] backward(double[][] dy) {
            double[][] dx = new double[dy.length][dy[0].length];
            for (int i = 0; i < dy.length; i++) {
                for (int j = 0; j < dy[0].length; j++) {
                    dx[i][j] = dy[i][j] * (1 - y[i][j]);
                }
            }
            return dx;
        }
    }

    /** y = σ(x); dx = dy σ (1 − σ), on a double[] vector. */
    @GradChecked
    public static class Sigmoid {
        protected double[] y;

        @Forward
        public double[] forward(double[] x) {
            y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = 1 / (1 + Math.exp(-x[i]));
            }
            return y;
        }

        @Backward
        public double[] backward(double[] dy) {
            double[] dx = new double[dy.length];
            for (int i = 0; i < dy.length; i++) {
                dx[i] = dy[i] * y[i] * (1 - y[i]);
            }
            return dx;
        }
    }

    /** The sign slip: dx = −dy σ (1 − σ). */
    public static class SigmoidWithSignFlip extends Sigmoid {
        @Override
        public double[] backward(double[] dy) {
            double[] dx = super.backward(dy);
            for (int i = 0; i < dx.length; i++) {
                dx[i] = -dx[i];
            }
            return dx;
        }
    }
}
