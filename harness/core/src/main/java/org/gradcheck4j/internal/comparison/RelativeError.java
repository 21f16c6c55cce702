package org.gradcheck4j.internal.comparison;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * The relative error {@code ‖a − n‖₂ / (‖a‖₂ + ‖n‖₂)}, 0 when both norms are 0. The sums of squares
 * are taken over values scaled by a power of two (exactly, without a division per element) so that
 * huge or tiny gradients neither overflow nor underflow, and the sums of several tensors combine
 * into the relative error of θ as a whole without a second pass. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class RelativeError {

    private RelativeError() {
    }

    /** The relative error of one pair of arrays. */
    public static double of(double[] analytic, double[] numeric) {
        return Sums.of(analytic, numeric).error();
    }

    /** The relative error of several pairs of arrays taken together as one vector. */
    public static double of(double[][] analytic, double[][] numeric) {
        Sums[] sums = new Sums[analytic.length];
        for (int s = 0; s < sums.length; s++) {
            sums[s] = Sums.of(analytic[s], numeric[s]);
        }
        return Sums.combined(sums).error();
    }

    /** The relative error of one component: {@code |a − n| / (|a| + |n|)}, 0 when both are 0. */
    public static double component(double analytic, double numeric) {
        double denominator = Math.abs(analytic) + Math.abs(numeric);
        return denominator == 0 ? 0 : Math.abs(analytic - numeric) / denominator;
    }

    /**
     * The sums of squares behind a relative error, {@code ‖a − n‖²}, {@code ‖a‖²} and {@code ‖n‖²},
     * of values multiplied by {@code 2^-exponent}; NaN sums when a value is not finite.
     *
     * @param exponent the binary exponent of the largest magnitude (0 when every value is 0)
     * @param diff the scaled {@code ‖a − n‖²}
     * @param analytic the scaled {@code ‖a‖²}
     * @param numeric the scaled {@code ‖n‖²}
     */
    public record Sums(int exponent, double diff, double analytic, double numeric) {

        /** The sums of one pair of arrays. */
        public static Sums of(double[] a, double[] n) {
            double largest = 0;
            for (int i = 0; i < a.length; i++) {
                largest = Math.max(largest, Math.max(Math.abs(a[i]), Math.abs(n[i])));
            }
            if (largest == 0) {
                return new Sums(0, 0, 0, 0);
            }
            if (!Double.isFinite(largest)) {
                return new Sums(0, Double.NaN, Double.NaN, Double.NaN);
            }
            int exponent = Math.getExponent(largest);
            double inverse = Math.scalb(1.0, -exponent);
            double diff = 0;
            double a2 = 0;
            double n2 = 0;
            for (int i = 0; i < a.length; i++) {
                double x = a[i] * inverse;
                double y = n[i] * inverse;
                diff += (x - y) * (x - y);
                a2 += x * x;
                n2 += y * y;
            }
            return new Sums(exponent, diff, a2, n2);
        }

        /** The sums of several pairs taken together, each rescaled exactly to the largest exponent. */
        public static Sums combined(Sums... parts) {
            int top = Integer.MIN_VALUE;
            for (Sums p : parts) {
                if (p.analytic != 0 || p.numeric != 0 || Double.isNaN(p.diff)) {
                    top = Math.max(top, p.exponent);
                }
            }
            if (top == Integer.MIN_VALUE) {
                return new Sums(0, 0, 0, 0);
            }
            double diff = 0;
            double a2 = 0;
            double n2 = 0;
            for (Sums p : parts) {
                int shift = 2 * (p.exponent - top);
                diff += Math.scalb(p.diff, shift);
                a2 += Math.scalb(p.analytic, shift);
                n2 += Math.scalb(p.numeric, shift);
            }
            return new Sums(top, diff, a2, n2);
        }

        /** {@code ‖a − n‖ / (‖a‖ + ‖n‖)}, 0 when both norms are 0. */
        public double error() {
            if (analytic == 0 && numeric == 0 && diff == 0) {
                return 0;
            }
            return Math.sqrt(diff) / (Math.sqrt(analytic) + Math.sqrt(numeric));
        }
    }
}
