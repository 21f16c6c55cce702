package org.gradcheck4j.testlayers;

import java.util.Random;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.Param;

/** Layers with non-differentiable points (kinks), correct and with planted bugs, on double[] vectors. */
public final class KinkLayers {

    private KinkLayers() {
    }

    /** y = max(0, x); dx = dy where x &gt; 0. */
    @GradChecked
    public static class Relu {
        protected double[] x;

        @Forward
        public double[] forward(double[] x) {
            this.x = x.clone();
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = Math.max(0, x[i]);
            }
            return y;
        }

        @Backward
        public double[] backward(double[] dy) {
            double[] dx = new double[dy.length];
            for (int i = 0; i < dy.length; i++) {
                dx[i] = x[i] > 0 ? dy[i] : 0;
            }
            return dx;
        }
    }

    /** Planted: the gradient passes where x &lt; 0 instead of x &gt; 0. */
    public static class ReluWithInvertedMask extends Relu {
        @Override
        public double[] backward(double[] dy) {
            double[] dx = new double[dy.length];
            for (int i = 0; i < dy.length; i++) {
                dx[i] = x[i] < 0 ? dy[i] : 0;
            }
            return dx;
        }
    }

    /** y = x for x &gt; 0, else 0.01 x. */
    @GradChecked
    public static class LeakyRelu {
        protected static final double ALPHA = 0.01;
        protected double[] x;

        @Forward
        public double[] forward(double[] x) {
            this.x = x.clone();
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = x[i] > 0 ? x[i] : ALPHA * x[i];
            }
            return y;
        }

        @Backward
        public double[] backward(double[] dy) {
            double[] dx = new double[dy.length];
            for (int i = 0; i < dy.length; i++) {
                dx[i] = dy[i] * slope(x[i]);
            }
            return dx;
        }

        protected double slope(double x) {
            return x > 0 ? 1 : ALPHA;
        }
    }

    /** Planted: the negative slope forgotten (plain ReLU's derivative). */
    public static class LeakyReluWithoutSlope extends LeakyRelu {
        @Override
        protected double slope(double x) {
            return x > 0 ? 1 : 0;
        }
    }

    /** Max-pooling over pairs: y[k] = max(x[2k], x[2k+1]); a tie is a kink. */
    @GradChecked
    public static class MaxPool {
        protected double[] x;

        @Forward
        public double[] forward(double[] x) {
            this.x = x.clone();
            double[] y = new double[x.length / 2];
            for (int k = 0; k < y.length; k++) {
                y[k] = Math.max(x[2 * k], x[2 * k + 1]);
            }
            return y;
        }

        @Backward
        public double[] backward(double[] dy) {
            double[] dx = new double[x.length];
            for (int k = 0; k < dy.length; k++) {
                dx[route(k)] = dy[k];
            }
            return dx;
        }

        /** The index the maximum came from (the first on a tie). */
        protected int route(int k) {
            return x[2 * k] >= x[2 * k + 1] ? 2 * k : 2 * k + 1;
        }
    }

    /** Planted: the gradient always goes to the first element of the window. */
    public static class MaxPoolToFirst extends MaxPool {
        @Override
        protected int route(int k) {
            return 2 * k;
        }
    }

    /** y = |x|; dx = sign(x) dy. */
    @GradChecked
    public static class Abs {
        protected double[] x;

        @Forward
        public double[] forward(double[] x) {
            this.x = x.clone();
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = Math.abs(x[i]);
            }
            return y;
        }

        @Backward
        public double[] backward(double[] dy) {
            double[] dx = new double[dy.length];
            for (int i = 0; i < dy.length; i++) {
                dx[i] = sign(x[i]) * dy[i];
            }
            return dx;
        }

        protected double sign(double x) {
            return Math.signum(x);
        }
    }

    /** Planted: the sign of x forgotten. */
    public static class AbsWithoutSign extends Abs {
        @Override
        protected double sign(double x) {
            return 1;
        }
    }

    /** y = relu(W x + b) on a column vector: kinks reached by perturbing the parameters. */
    @GradChecked
    public static class DenseRelu {
        @Param protected double[][] W;
        @Param protected double[] b;
        @Grad("W") protected double[][] dW;
        @Grad("b") protected double[] db;
        protected double[] x;
        protected double[] z;

        public DenseRelu(double[][] w, double[] b) {
            this.W = w;
            this.b = b;
            dW = new double[w.length][w[0].length];
            db = new double[b.length];
        }

        @Forward
        public double[] forward(double[] x) {
            this.x = x.clone();
            z = new double[W.length];
            double[] y = new double[W.length];
            for (int i = 0; i < W.length; i++) {
                z[i] = b[i];
                for (int j = 0; j < x.length; j++) {
                    z[i] += W[i][j] * x[j];
                }
                y[i] = Math.max(0, z[i]);
            }
            return y;
        }

        @Backward
        public double[] backward(double[] dy) {
            double[] dx = new double[x.length];
            for (int i = 0; i < W.length; i++) {
                double dz = z[i] > 0 ? dy[i] : 0;
                db[i] = dz;
                for (int j = 0; j < x.length; j++) {
                    dW[i][j] = bugFactor() * dz * x[j];
                    dx[j] += W[i][j] * dz;
                }
            }
            return dx;
        }

        protected double bugFactor() {
            return 1;
        }

        /** The weights (not a copy). */
        public double[][] weights() {
            return W;
        }

        /** The bias (not a copy). */
        public double[] bias() {
            return b;
        }

        /**
         * A layer whose even units have a pre-activation of (almost exactly) 0 for the input x — kinks
         * in their b and W rows — and whose odd units are clearly active.
         */
        public static DenseRelu onKink(double[] x, int units, Random random) {
            double[][] w = Mat.random(units, x.length, random, 1);
            double[] b = new double[units];
            for (int i = 0; i < units; i++) {
                double z = 0;
                for (int j = 0; j < x.length; j++) {
                    z += w[i][j] * x[j];
                }
                b[i] = i % 2 == 0 ? -z : 1 - z;
            }
            return new DenseRelu(w, b);
        }
    }

    /** Planted: dW with its sign flipped. */
    public static class DenseReluWithSignFlip extends DenseRelu {
        public DenseReluWithSignFlip(double[][] w, double[] b) {
            super(w, b);
        }

        @Override
        protected double bugFactor() {
            return -1;
        }
    }
}
