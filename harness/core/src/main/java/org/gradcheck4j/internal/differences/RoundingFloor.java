package org.gradcheck4j.internal.differences;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.theta.Theta;

/**
 * The rounding floor of a numeric gradient. J is computed with a relative rounding error of some
 * units u (2⁻⁵² in double, 2⁻²³ when any tensor is float), so a two-sided difference at step h
 * carries an error near {@code k·u·S/h}, where S is the magnitude of the terms J sums (at least
 * |J|: a projection {@code Σ R ⊙ y} of outputs near ±10 can sum to 0.1, yet each term rounds at 10). When J is large (big inputs, big weights) and the step
 * small, or when a gradient is tiny (saturated units, ×0.01 weights), that floor can exceed the
 * gradient itself: a bias whose gradient is O(1) next to a cost of 1e6 cannot be differenced at
 * h = 1e-7, nor can an input gradient of 1e-9 next to a cost of 1. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class RoundingFloor {

    /** Units of rounding that make a disagreement worth re-examining at a larger step (generous). */
    public static final double REEXAMINE_UNITS = 1_000;
    /**
     * Units of rounding below which a disagreement cannot be judged at all, with J's scale taken as
     * S, the magnitude of the terms it sums (sums of n terms round about √n times; 16 covers a few
     * hundred terms of the largest size).
     */
    public static final double UNRESOLVED_UNITS = 16;

    private RoundingFloor() {
    }

    /**
     * The rounding error of J itself, {@code units · u · max(1, S)}: what a difference of two
     * evaluations of J cannot resolve.
     *
     * @param single whether any tensor is float (u = 2⁻²³, else 2⁻⁵²)
     * @param scale the magnitude S of the terms J sums at θ (at least |J|)
     * @param units how many units of rounding J is assumed to carry
     */
    public static double ofJ(boolean single, double scale, double units) {
        return units * (single ? 0x1p-23 : 0x1p-52) * Math.max(1, Math.abs(scale));
    }

    /**
     * The floor of every component's numeric derivative at base step {@code epsilon}.
     *
     * @param scale the magnitude S of the terms J sums at θ (at least |J|)
     * @param units how many units of rounding J is assumed to carry
     */
    public static double[][] components(Theta theta, double scale, double epsilon, double units) {
        double rounding = ofJ(theta.hasSinglePrecision(), scale, units);
        double[][] floors = new double[theta.slots().size()][];
        for (int s = 0; s < floors.length; s++) {
            TensorSlot slot = theta.slots().get(s);
            floors[s] = slot.values();
            for (int i = 0; i < floors[s].length; i++) {
                floors[s][i] = rounding / StepPolicy.step(floors[s][i], epsilon);
            }
        }
        return floors;
    }

    /** The Euclidean norm of some floors (of one tensor, or of several). */
    public static double norm(double[]... floors) {
        double sum = 0;
        for (double[] f : floors) {
            for (double v : f) {
                sum += v * v;
            }
        }
        return Math.sqrt(sum);
    }

    /** Whether {@code ‖a − n‖} lies within {@code floor} (NaN components, never computed, are skipped). */
    public static boolean within(double[] analytic, double[] numeric, double floor) {
        double diff2 = 0;
        for (int i = 0; i < analytic.length; i++) {
            double d = analytic[i] - numeric[i];
            diff2 += Double.isNaN(d) ? 0 : d * d;
        }
        return Math.sqrt(diff2) <= floor;
    }
}
