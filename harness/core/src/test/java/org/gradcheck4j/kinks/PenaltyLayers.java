package org.gradcheck4j.kinks;

import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.annotation.Penalty;

/** A layer whose only kinks are in its {@code @Penalty}, correct and with a planted bug. */
final class PenaltyLayers {

    private PenaltyLayers() {
    }

    /**
     * A dense layer {@code y = W x + b} with the L1 penalty {@code λ Σ|W_ij|}: kinks where a weight
     * is 0, where the subgradient {@code λ sign(0) = 0} is taken.
     */
    @GradChecked
    static class L1Dense {
        static final double LAMBDA = 0.1;
        @Param double[][] W;
        @Param double[] b;
        @Grad("W") double[][] dW;
        @Grad("b") double[] db;
        double[] x;

        L1Dense(double[][] w, double[] b) {
            this.W = w;
            this.b = b;
            dW = new double[w.length][w[0].length];
            db = new double[b.length];
        }

        @Forward
        public double[] forward(double[] x) {
            this.x = x;
            double[] y = new double[W.length];
            for (int i = 0; i < W.length; i++) {
                y[i] = VectorMath.dot(W[i], x) + b[i];
            }
            return y;
        }

        @Penalty
        public double l1() {
            double s = 0;
            for (double[] row : W) {
                for (double v : row) {
                    s += Math.abs(v);
                }
            }
            return LAMBDA * s;
        }

        @Backward
        public double[] backward(double[] dy) {
            double[] dx = new double[x.length];
            for (int i = 0; i < W.length; i++) {
                db[i] = dy[i];
                for (int j = 0; j < x.length; j++) {
                    dW[i][j] = dy[i] * x[j] + penaltyFactor() * Math.signum(W[i][j]);
                    dx[j] += W[i][j] * dy[i];
                }
            }
            return dx;
        }

        /** The factor of sign(W) in dW: λ. */
        double penaltyFactor() {
            return LAMBDA;
        }
    }

    /** Planted: λ forgotten in the penalty's gradient (sign(W) added as it is). */
    static class L1DenseWithoutLambda extends L1Dense {
        L1DenseWithoutLambda(double[][] w, double[] b) {
            super(w, b);
        }

        @Override
        double penaltyFactor() {
            return 1;
        }
    }
}
