package org.gradcheck4j.kinks;

import java.util.Arrays;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Constant;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.Param;

/**
 * Losses of a linear model averaged over a batch, whose kinks come from many examples at once:
 * perturbing w or b moves every example's score, so a cluster of scores near a kink is a cluster of
 * kinks along that parameter. Each correct loss uses a subgradient at its kinks; each class named
 * for a mistake plants one bug.
 */
final class LossLayers {

    private LossLayers() {
    }

    /**
     * {@code J = (1/m) Σ_j L(s_j, t_j)} with the score {@code s_j = w·x_j + b} of example j (row j
     * of x) and its constant target t_j; backward returns dJ/dx.
     */
    @GradChecked
    abstract static class BatchedLinearLoss {
        @Param double[] w;
        @Param double[] b;
        @Grad("w") double[] dw;
        @Grad("b") double[] db;
        double[][] x;
        double[] t;

        BatchedLinearLoss(double[] w, double b) {
            this.w = w;
            this.b = new double[] {b};
            dw = new double[w.length];
            db = new double[1];
        }

        /** L(s, t). */
        abstract double loss(double s, double t);

        /** ∂L/∂s, a subgradient at a kink. */
        abstract double slope(double s, double t);

        /** The batch size the gradient is divided by: m. */
        double scale(int m) {
            return m;
        }

        double score(int j) {
            return VectorMath.dot(w, x[j]) + b[0];
        }

        @Forward
        public double forward(double[][] x, @Constant double[] t) {
            this.x = x;
            this.t = t;
            double cost = 0;
            for (int j = 0; j < x.length; j++) {
                cost += loss(score(j), t[j]);
            }
            return cost / x.length;
        }

        @Backward
        public double[][] backward() {
            int m = x.length;
            Arrays.fill(dw, 0);
            db[0] = 0;
            double[][] dx = new double[m][];
            for (int j = 0; j < m; j++) {
                double g = slope(score(j), t[j]) / scale(m);
                db[0] += g;
                VectorMath.axpy(g, x[j], dw);
                dx[j] = new double[w.length];
                VectorMath.axpy(g, w, dx[j]);
            }
            return dx;
        }
    }

    /** Binary hinge with labels t = ±1: {@code L = max(0, 1 − t s)}, slope 0 at margin exactly 1. */
    static class Hinge extends BatchedLinearLoss {
        Hinge(double[] w, double b) {
            super(w, b);
        }

        @Override
        double loss(double s, double t) {
            return Math.max(0, 1 - t * s);
        }

        @Override
        double slope(double s, double t) {
            return 1 - t * s > 0 ? -t : 0;
        }
    }

    /** Planted: the 1/m of the average forgotten in backward. */
    static class HingeWithoutMean extends Hinge {
        HingeWithoutMean(double[] w, double b) {
            super(w, b);
        }

        @Override
        double scale(int m) {
            return 1;
        }
    }

    /** Squared hinge {@code L = max(0, 1 − t s)²}: its kink is in the second derivative only. */
    static class SquaredHinge extends BatchedLinearLoss {
        SquaredHinge(double[] w, double b) {
            super(w, b);
        }

        @Override
        double loss(double s, double t) {
            double slack = Math.max(0, 1 - t * s);
            return slack * slack;
        }

        @Override
        double slope(double s, double t) {
            return -2 * t * Math.max(0, 1 - t * s);
        }
    }

    /** Planted: the factor 2 of the square's derivative forgotten. */
    static class SquaredHingeWithoutTwo extends SquaredHinge {
        SquaredHingeWithoutTwo(double[] w, double b) {
            super(w, b);
        }

        @Override
        double slope(double s, double t) {
            return super.slope(s, t) / 2;
        }
    }

    /**
     * Huber loss of the residual r = s − t: {@code r²/2} for |r| ≤ δ, {@code δ(|r| − δ/2)} beyond;
     * its kinks (at r = ±δ) are in the second derivative only.
     */
    static class Huber extends BatchedLinearLoss {
        static final double DELTA = 1;

        Huber(double[] w, double b) {
            super(w, b);
        }

        @Override
        double loss(double s, double t) {
            double r = s - t;
            return Math.abs(r) <= DELTA ? r * r / 2 : DELTA * (Math.abs(r) - DELTA / 2);
        }

        @Override
        double slope(double s, double t) {
            return Math.max(-DELTA, Math.min(DELTA, s - t));
        }
    }

    /** Planted: the negative side left unclipped (slope r below −δ, the quadratic's slope). */
    static class HuberUnclippedBelow extends Huber {
        HuberUnclippedBelow(double[] w, double b) {
            super(w, b);
        }

        @Override
        double slope(double s, double t) {
            return Math.min(DELTA, s - t);
        }
    }

    /**
     * Pinball (quantile) loss of u = t − s: {@code τ u} for u ≥ 0, {@code (τ − 1) u} below; one
     * kink per example at u = 0, slope τ − 1 taken there.
     */
    static class Pinball extends BatchedLinearLoss {
        static final double TAU = 0.8;

        Pinball(double[] w, double b) {
            super(w, b);
        }

        @Override
        double loss(double s, double t) {
            double u = t - s;
            return u >= 0 ? TAU * u : (TAU - 1) * u;
        }

        @Override
        double slope(double s, double t) {
            return -(t - s > 0 ? TAU : TAU - 1);
        }
    }

    /** Planted: τ and 1 − τ swapped on the positive side (slope 1 − τ where u &gt; 0). */
    static class PinballSwappedQuantile extends Pinball {
        PinballSwappedQuantile(double[] w, double b) {
            super(w, b);
        }

        @Override
        double slope(double s, double t) {
            return -(t - s > 0 ? 1 - TAU : TAU - 1);
        }
    }
}
