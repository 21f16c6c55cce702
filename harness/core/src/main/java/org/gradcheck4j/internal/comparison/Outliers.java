package org.gradcheck4j.internal.comparison;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;
import org.gradcheck4j.Thresholds;

/**
 * Finds components whose own error stands far above the rest of their tensor. The norm ratio
 * dilutes one wrong element: among 60,000 it moves ‖a − n‖/(‖a‖ + ‖n‖) only to about 3e-4. Here a
 * component is an outlier when its error is at least the fail threshold times the largest gradient
 * magnitude in the tensor, its own relative error is at least the fail threshold, and its error is
 * a hundred times the tensor's median error, and above the rounding floor of its numeric value.
 * Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Outliers {

    /** How far above the median error an outlier must stand. */
    public static final double ABOVE_MEDIAN = 100;

    private Outliers() {
    }

    /**
     * The outlying components of one tensor, in index order.
     *
     * @param analytic the analytic gradient. Not modified.
     * @param numeric the numeric gradient (NaN where not computed). Not modified.
     * @param excluded components to ignore (kinks). Not modified.
     * @param floors each component's rounding floor. Not modified.
     */
    public static List<Integer> of(double[] analytic, double[] numeric, boolean[] excluded, double[] floors,
                                   Thresholds thresholds) {
        double magnitude = 0;
        double largest = 0;
        for (int i = 0; i < analytic.length; i++) {
            if (counts(numeric, excluded, i)) {
                magnitude = Math.max(magnitude, Math.max(Math.abs(analytic[i]), Math.abs(numeric[i])));
                largest = Math.max(largest, Math.abs(analytic[i] - numeric[i]));
            }
        }
        if (magnitude == 0 || largest < thresholds.fail() * magnitude) {
            return List.of();
        }
        double median = medianError(analytic, numeric, excluded);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < analytic.length; i++) {
            double d = counts(numeric, excluded, i) ? Math.abs(analytic[i] - numeric[i]) : 0;
            if (d >= thresholds.fail() * magnitude && d >= ABOVE_MEDIAN * median && d > floors[i]
                    && RelativeError.component(analytic[i], numeric[i]) >= thresholds.fail()) {
                found.add(i);
            }
        }
        return found;
    }

    private static boolean counts(double[] numeric, boolean[] excluded, int i) {
        return !excluded[i] && !Double.isNaN(numeric[i]);
    }

    private static double medianError(double[] analytic, double[] numeric, boolean[] excluded) {
        double[] d = new double[analytic.length];
        int n = 0;
        for (int i = 0; i < analytic.length; i++) {
            if (counts(numeric, excluded, i)) {
                d[n++] = Math.abs(analytic[i] - numeric[i]);
            }
        }
        Arrays.sort(d, 0, n);
        return n == 0 ? 0 : d[n / 2];
    }
}
