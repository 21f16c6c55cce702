package org.gradcheck4j.internal.comparison;

/**
 * The relative error {@code ‖a − n‖₂ / (‖a‖₂ + ‖n‖₂)}, 0 when both norms are 0. Sums are scaled
 * so that huge or tiny gradients neither overflow nor underflow. Internal.
 */
public final class RelativeError {

    private RelativeError() {
    }

    /** The relative error of one pair of arrays. */
    public static double of(double[] analytic, double[] numeric) {
        return of(new double[][] {analytic}, new double[][] {numeric});
    }

    /** The relative error of several pairs of arrays taken together as one vector. */
    public static double of(double[][] analytic, double[][] numeric) {
        double scale = 0;
        for (int s = 0; s < analytic.length; s++) {
            for (int i = 0; i < analytic[s].length; i++) {
                scale = Math.max(scale, Math.max(Math.abs(analytic[s][i]), Math.abs(numeric[s][i])));
            }
        }
        if (scale == 0) {
            return 0;
        }
        double diff = 0;
        double a2 = 0;
        double n2 = 0;
        for (int s = 0; s < analytic.length; s++) {
            for (int i = 0; i < analytic[s].length; i++) {
                double a = analytic[s][i] / scale;
                double n = numeric[s][i] / scale;
                diff += (a - n) * (a - n);
                a2 += a * a;
                n2 += n * n;
            }
        }
        return Math.sqrt(diff) / (Math.sqrt(a2) + Math.sqrt(n2));
    }

    /** The relative error of one component: {@code |a − n| / (|a| + |n|)}, 0 when both are 0. */
    public static double component(double analytic, double numeric) {
        double denominator = Math.abs(analytic) + Math.abs(numeric);
        return denominator == 0 ? 0 : Math.abs(analytic - numeric) / denominator;
    }
}
