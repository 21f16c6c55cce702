package org.gradcheck4j.internal.differences;

import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.theta.Theta;

/**
 * The rounding floor of a numeric gradient. J is computed with a relative rounding error of a few
 * units u (2⁻⁵² in double, 2⁻²³ when any tensor is float), so a two-sided difference at step h
 * carries an error near {@code u·|J|/h}. When J is large (big inputs, big weights) and the step is
 * small, that floor can exceed the fail threshold of a correct layer: a bias whose gradient is O(1)
 * next to a cost of 1e6 cannot be differenced at h = 1e-7. This says when a disagreement might be
 * only that. Internal.
 */
public final class RoundingFloor {

    /** How many units of rounding J may carry (sums of many terms round many times). */
    static final double UNITS = 1_000;

    private RoundingFloor() {
    }

    /**
     * Whether the disagreement of slot {@code s} could be rounding error in J.
     *
     * @param j0 the cost at θ
     * @param epsilon the base step the numeric gradient was taken with
     */
    public static boolean couldExplain(Theta theta, int s, double[] analytic, double[] numeric, double j0,
                                       double epsilon) {
        TensorSlot slot = theta.slots().get(s);
        double u = theta.hasSinglePrecision() ? 0x1p-23 : 0x1p-52;
        double floor2 = 0;
        double diff2 = 0;
        for (int i = 0; i < analytic.length; i++) {
            double perComponent = UNITS * u * Math.max(1, Math.abs(j0)) / StepPolicy.step(slot.get(i), epsilon);
            floor2 += perComponent * perComponent;
            double d = analytic[i] - numeric[i];
            diff2 += Double.isNaN(d) ? 0 : d * d;
        }
        return diff2 <= floor2;
    }
}
