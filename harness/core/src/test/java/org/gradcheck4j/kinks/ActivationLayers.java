package org.gradcheck4j.kinks;

import java.util.Arrays;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.Param;

/**
 * Piecewise-linear activations on a batch, most with learnable kink positions or slopes shared by
 * the rows of a column (so a column's rows put many kinks within one step of its parameter). Each
 * correct layer takes one side's slope at a kink; each class named for a mistake plants one bug.
 */
final class ActivationLayers {

    private ActivationLayers() {
    }

    /** Hard-tanh {@code y = max(−1, min(1, x))}; dx = dy strictly inside (−1, 1). */
    static class HardTanh extends ColumnwiseLayer {
        @Override
        double value(double x, int column) {
            return Math.max(-1, Math.min(1, x));
        }

        @Override
        double gradient(double x, double dy, int column) {
            return passes(x) ? dy : 0;
        }

        boolean passes(double x) {
            return x > -1 && x < 1;
        }

        @Override
        void clearGradients() {
        }
    }

    /** Planted: the mask taken from the output, |y| ≤ 1, which always holds. */
    static class HardTanhMaskedOnOutput extends HardTanh {
        @Override
        boolean passes(double x) {
            return Math.abs(value(x, 0)) <= 1;
        }
    }

    /** Clipping with learnable per-column bounds: {@code y = min(max(x, lo_j), hi_j)}, lo_j &lt; hi_j. */
    static class LearnableClip extends ColumnwiseLayer {
        @Param double[] lo;
        @Param double[] hi;
        @Grad("lo") double[] dlo;
        @Grad("hi") double[] dhi;

        LearnableClip(double[] lo, double[] hi) {
            this.lo = lo;
            this.hi = hi;
            dlo = new double[lo.length];
            dhi = new double[hi.length];
        }

        @Override
        double value(double x, int j) {
            return Math.min(Math.max(x, lo[j]), hi[j]);
        }

        @Override
        double gradient(double x, double dy, int j) {
            if (x <= lo[j]) {
                lowerBoundGradient()[j] += dy;
                return 0;
            }
            if (x >= hi[j]) {
                upperBoundGradient()[j] += dy;
                return 0;
            }
            return dy;
        }

        double[] lowerBoundGradient() {
            return dlo;
        }

        double[] upperBoundGradient() {
            return dhi;
        }

        @Override
        void clearGradients() {
            Arrays.fill(dlo, 0);
            Arrays.fill(dhi, 0);
        }
    }

    /** Planted: the bounds' gradients swapped (a copy-paste slip). */
    static class LearnableClipSwapped extends LearnableClip {
        LearnableClipSwapped(double[] lo, double[] hi) {
            super(lo, hi);
        }

        @Override
        double[] lowerBoundGradient() {
            return dhi;
        }

        @Override
        double[] upperBoundGradient() {
            return dlo;
        }
    }

    /** A columnwise layer with one learnable kink position w_j per column. */
    abstract static class PerColumnWeight extends ColumnwiseLayer {
        @Param double[] w;
        @Grad("w") double[] dw;

        PerColumnWeight(double[] w) {
            this.w = w;
            dw = new double[w.length];
        }

        @Override
        void clearGradients() {
            Arrays.fill(dw, 0);
        }
    }

    /** {@code y = min(x, w_j)} with a learnable per-column w; a tie sends the gradient to w. */
    static class LearnableMin extends PerColumnWeight {
        LearnableMin(double[] w) {
            super(w);
        }

        @Override
        double value(double x, int j) {
            return Math.min(x, w[j]);
        }

        @Override
        double gradient(double x, double dy, int j) {
            if (toWeight(x, j)) {
                dw[j] += dy;
                return 0;
            }
            return dy;
        }

        boolean toWeight(double x, int j) {
            return x >= w[j];
        }

    }

    /** Planted: the branch condition inverted (x &lt; w sends the gradient to w). */
    static class LearnableMinInverted extends LearnableMin {
        LearnableMinInverted(double[] w) {
            super(w);
        }

        @Override
        boolean toWeight(double x, int j) {
            return x < w[j];
        }
    }

    /** {@code y = max(x, w_j)} with a learnable per-column w; a tie sends the gradient to x. */
    static class LearnableMax extends PerColumnWeight {
        LearnableMax(double[] w) {
            super(w);
        }

        @Override
        double value(double x, int j) {
            return Math.max(x, w[j]);
        }

        @Override
        double gradient(double x, double dy, int j) {
            if (x < w[j]) {
                accumulate(j, dy);
                return 0;
            }
            return dy;
        }

        void accumulate(int j, double dy) {
            dw[j] += dy;
        }

    }

    /** Planted: dw overwritten by each row instead of summed over the batch. */
    static class LearnableMaxOverwritten extends LearnableMax {
        LearnableMaxOverwritten(double[] w) {
            super(w);
        }

        @Override
        void accumulate(int j, double dy) {
            dw[j] = dy;
        }
    }

    /** Parametric ReLU: {@code y = x} for x &gt; 0, {@code a_j x} otherwise, learnable slope a_j. */
    static class ParametricRelu extends ColumnwiseLayer {
        @Param double[] a;
        @Grad("a") double[] da;

        ParametricRelu(double[] a) {
            this.a = a;
            da = new double[a.length];
        }

        @Override
        double value(double x, int j) {
            return x > 0 ? x : a[j] * x;
        }

        @Override
        double gradient(double x, double dy, int j) {
            if (x > 0 && masked()) {
                return dy;
            }
            da[j] += dy * x;
            return x > 0 ? dy : a[j] * dy;
        }

        /** Whether positive elements are kept out of da. */
        boolean masked() {
            return true;
        }

        @Override
        void clearGradients() {
            Arrays.fill(da, 0);
        }
    }

    /** Planted: the mask forgotten in da (positive elements add dy·x too). */
    static class ParametricReluUnmasked extends ParametricRelu {
        ParametricReluUnmasked(double[] a) {
            super(a);
        }

        @Override
        boolean masked() {
            return false;
        }
    }

    /**
     * Soft thresholding with a learnable per-column threshold λ_j &gt; 0:
     * {@code y = sign(x) max(|x| − λ_j, 0)}, kinks at ±λ_j.
     */
    static class SoftThreshold extends ColumnwiseLayer {
        @Param double[] lambda;
        @Grad("lambda") double[] dlambda;

        SoftThreshold(double[] lambda) {
            this.lambda = lambda;
            dlambda = new double[lambda.length];
        }

        @Override
        double value(double x, int j) {
            return Math.signum(x) * Math.max(Math.abs(x) - lambda[j], 0);
        }

        @Override
        double gradient(double x, double dy, int j) {
            if (Math.abs(x) <= lambda[j]) {
                return 0;
            }
            dlambda[j] += thresholdSign() * Math.signum(x) * dy;
            return dy;
        }

        /** ∂y/∂λ = −sign(x) outside the dead zone. */
        double thresholdSign() {
            return -1;
        }

        @Override
        void clearGradients() {
            Arrays.fill(dlambda, 0);
        }
    }

    /** Planted: the sign of dλ flipped. */
    static class SoftThresholdSignFlipped extends SoftThreshold {
        SoftThresholdSignFlipped(double[] lambda) {
            super(lambda);
        }

        @Override
        double thresholdSign() {
            return 1;
        }
    }

    /**
     * A piecewise-linear activation with many close breakpoints t_k (constants) and learnable
     * slopes: {@code y = c x + Σ_k a_k max(0, x − t_k)}; at a breakpoint the left slope is taken.
     */
    static class ManyBreakpoints extends ColumnwiseLayer {
        final double[] t;
        @Param double[] a;
        @Param double[] c;
        @Grad("a") double[] da;
        @Grad("c") double[] dc;

        ManyBreakpoints(double[] t, double[] a, double c) {
            this.t = t;
            this.a = a;
            this.c = new double[] {c};
            da = new double[a.length];
            dc = new double[1];
        }

        @Override
        double value(double x, int column) {
            double y = c[0] * x;
            for (int k = 0; k < t.length; k++) {
                y += a[k] * Math.max(0, x - t[k]);
            }
            return y;
        }

        @Override
        double gradient(double x, double dy, int column) {
            double slope = c[0];
            dc[0] += dy * x;
            for (int k = 0; k < t.length; k++) {
                da[k] += dy * Math.max(0, x - t[k]);
            }
            for (int k = 0; k < slopesCounted(); k++) {
                slope += x > t[k] ? a[k] : 0;
            }
            return slope * dy;
        }

        /** How many breakpoints' slopes dx adds up: all of them. */
        int slopesCounted() {
            return t.length;
        }

        @Override
        void clearGradients() {
            Arrays.fill(da, 0);
            dc[0] = 0;
        }
    }

    /** Planted: an off-by-one loop that forgets the last breakpoint's slope in dx. */
    static class ManyBreakpointsOffByOne extends ManyBreakpoints {
        ManyBreakpointsOffByOne(double[] t, double[] a, double c) {
            super(t, a, c);
        }

        @Override
        int slopesCounted() {
            return t.length - 1;
        }
    }
}
