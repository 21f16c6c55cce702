package org.gradcheck4j.kinks;

import java.util.Random;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.testlayers.FloatDense;

/**
 * Smooth layers for the precision tests: each takes a factor its weight gradient is multiplied by
 * (1 for the correct layer; 1.003 or 1.00003 plants a small relative bug), and can be built in the
 * hard corners (saturated units, weights of 1e-8 or 1e6, logits near 500, a cost near 1e8).
 */
final class PrecisionLayers {

    private PrecisionLayers() {
    }

    /** {@link FloatDense} (float32 tanh) with dW multiplied by {@code factor} and W scaled by {@code scale}. */
    static class ScaledFloatDense extends FloatDense {
        final float factor;

        ScaledFloatDense(int in, int out, Random random, float scale, float factor) {
            super(in, out, random);
            this.factor = factor;
            for (float[] row : W) {
                for (int k = 0; k < row.length; k++) {
                    row[k] *= scale;
                }
            }
        }

        @Override
        public void backward(float[][] dy) {
            super.backward(dy);
            for (float[] row : dW) {
                for (int k = 0; k < row.length; k++) {
                    row[k] *= factor;
                }
            }
        }
    }

    /**
     * The parameters W, b of a dense map {@code z = W x + b} (one column of x per example) and a
     * factor the weight gradient is multiplied by.
     */
    @GradChecked
    abstract static class WeightedLayer {
        final double factor;
        @Param double[][] W;
        @Param double[] b;
        @Grad("W") double[][] dW;
        @Grad("b") double[] db;
        double[][] x;

        WeightedLayer(double[][] w, double[] b, double factor) {
            this.W = w;
            this.b = b;
            this.factor = factor;
            dW = new double[w.length][w[0].length];
            db = new double[b.length];
        }

        /** z_ij = Σ_k W_ik x_kj + b_i. */
        double z(int i, int j) {
            double z = b[i];
            for (int k = 0; k < x.length; k++) {
                z += W[i][k] * x[k][j];
            }
            return z;
        }

        /**
         * Given dJ/dz, fills db and dW (times the factor) and returns dJ/dx.
         *
         * @param dz dJ/dz. Not modified.
         */
        double[][] backwardFrom(double[][] dz) {
            double[][] dx = new double[x.length][x[0].length];
            for (int i = 0; i < W.length; i++) {
                db[i] = 0;
                java.util.Arrays.fill(dW[i], 0);
                for (int j = 0; j < x[0].length; j++) {
                    db[i] += dz[i][j];
                    for (int k = 0; k < x.length; k++) {
                        dW[i][k] += factor * dz[i][j] * x[k][j];
                        dx[k][j] += W[i][k] * dz[i][j];
                    }
                }
            }
            return dx;
        }
    }

    /** {@code y = tanh(W x + b)} in double; dW multiplied by {@code factor}. */
    static class TanhDense extends WeightedLayer {
        double[][] y;

        TanhDense(double[][] w, double[] b, double factor) {
            super(w, b, factor);
        }

        @Forward
        public double[][] forward(double[][] x) {
            this.x = x;
            y = new double[W.length][x[0].length];
            for (int i = 0; i < W.length; i++) {
                for (int j = 0; j < x[0].length; j++) {
                    y[i][j] = activation(z(i, j));
                }
            }
            return y;
        }

        /** tanh. */
        double activation(double z) {
            return Math.tanh(z);
        }

        /** The activation's derivative from its output: 1 − y². */
        double derivative(double y) {
            return 1 - y * y;
        }

        @Backward
        public double[][] backward(double[][] dy) {
            double[][] dz = new double[W.length][x[0].length];
            for (int i = 0; i < W.length; i++) {
                for (int j = 0; j < x[0].length; j++) {
                    dz[i][j] = dy[i][j] * derivative(y[i][j]);
                }
            }
            return backwardFrom(dz);
        }
    }

    /** The linear layer {@code y = W x + b} (no activation), dW multiplied by {@code factor}. */
    static class LinearDense extends TanhDense {
        LinearDense(double[][] w, double[] b, double factor) {
            super(w, b, factor);
        }

        @Override
        double activation(double z) {
            return z;
        }

        @Override
        double derivative(double y) {
            return 1;
        }
    }

    /**
     * The log-sum-exp cost of logits {@code z = W x + b}, summed over the columns of x:
     * {@code J = Σ_j log Σ_i exp(z_ij)}, computed stably (max subtracted); dJ/dz = softmax(z).
     */
    static class LogSumExp extends WeightedLayer {
        double[][] p;

        LogSumExp(double[][] w, double[] b, double factor) {
            super(w, b, factor);
        }

        @Forward
        public double forward(double[][] x) {
            this.x = x;
            int m = x[0].length;
            p = new double[W.length][m];
            double cost = 0;
            for (int j = 0; j < m; j++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < W.length; i++) {
                    p[i][j] = z(i, j);
                    max = Math.max(max, p[i][j]);
                }
                double sum = 0;
                for (int i = 0; i < W.length; i++) {
                    p[i][j] = Math.exp(p[i][j] - max);
                    sum += p[i][j];
                }
                for (int i = 0; i < W.length; i++) {
                    p[i][j] /= sum;
                }
                cost += max + Math.log(sum);
            }
            return cost;
        }

        @Backward
        public double[][] backward() {
            return backwardFrom(p);
        }
    }

    /**
     * A least-squares cost with a large constant part, {@code J = C + (1/2m) Σ_j (w·x_j + b − t_j)²}
     * (x_j row j of x, targets t constant): J near C, gradients of order 1.
     */
    @GradChecked
    static class OffsetLeastSquares {
        final double offset;
        final double factor;
        @Param double[] w;
        @Grad("w") double[] dw;
        double[][] x;
        double[] t;

        OffsetLeastSquares(double[] w, double offset, double factor) {
            this.w = w;
            this.offset = offset;
            this.factor = factor;
            dw = new double[w.length];
        }

        @Forward
        public double forward(double[][] x, @org.gradcheck4j.annotation.Constant double[] t) {
            this.x = x;
            this.t = t;
            double cost = 0;
            for (int j = 0; j < x.length; j++) {
                double r = VectorMath.dot(w, x[j]) - t[j];
                cost += r * r / 2;
            }
            return offset + cost / x.length;
        }

        @Backward
        public double[][] backward() {
            java.util.Arrays.fill(dw, 0);
            double[][] dx = new double[x.length][];
            for (int j = 0; j < x.length; j++) {
                double g = (VectorMath.dot(w, x[j]) - t[j]) / x.length;
                VectorMath.axpy(factor * g, x[j], dw);
                dx[j] = new double[w.length];
                VectorMath.axpy(g, w, dx[j]);
            }
            return dx;
        }
    }
}
