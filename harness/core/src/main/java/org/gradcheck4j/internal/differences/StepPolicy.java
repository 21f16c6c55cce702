package org.gradcheck4j.internal.differences;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * The finite-difference step. The course's ε = 1e-7 suits double precision, scaled by
 * {@code max(1, |θ_i|)} so that large weights get a step above their rounding error. Float tensors
 * get ε = 1e-2: their values carry a relative rounding error near 6e-8, so the best two-sided step
 * (balancing rounding error δ/h against truncation error h²/6) lies near (6e-8)^(1/3) ≈ 4e-3 for
 * an O(1) third derivative, and 1e-2 leaves head-room for costs summed over many float terms.
 * Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class StepPolicy {

    /** The default base step for double tensors. */
    public static final double DOUBLE_EPSILON = 1e-7;
    /** The default base step when any tensor is float. */
    public static final double FLOAT_EPSILON = 1e-2;

    private StepPolicy() {
    }

    /** The step for a component whose value is {@code value}. */
    public static double step(double value, double epsilon) {
        return epsilon * Math.max(1.0, Math.abs(value));
    }
}
