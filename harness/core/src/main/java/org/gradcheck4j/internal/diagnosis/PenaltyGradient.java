package org.gradcheck4j.internal.diagnosis;

import java.util.Optional;
import org.gradcheck4j.internal.differences.CentralDifference;
import org.gradcheck4j.internal.objective.LayerFailure;
import org.gradcheck4j.internal.objective.NotFinite;
import org.gradcheck4j.internal.objective.Objective;
import org.gradcheck4j.internal.theta.TensorSlot;

/**
 * The numeric gradient of the {@code @Penalty} term alone (the advice of CS231n: check the data
 * term and the regularisation term separately). Only the penalty method runs, two calls per
 * component, with the same step as the check; components without a numeric value of the check
 * (NaN) stay NaN. θ is restored bit-exactly. Internal.
 */
final class PenaltyGradient {

    private PenaltyGradient() {
    }

    /** The penalty's numeric gradient over {@code slot}, or empty when the penalty throws or is not finite. */
    static Optional<double[]> of(TensorSlot slot, Objective objective, double[] numeric, double epsilon) {
        double[] g = new double[slot.size()];
        try {
            for (int i = 0; i < g.length; i++) {
                g[i] = Double.isFinite(numeric[i]) ? CentralDifference.derivative(slot, i, objective::penalty, epsilon)
                        : Double.NaN;
            }
        } catch (LayerFailure | NotFinite e) {
            return Optional.empty();
        }
        return Optional.of(g);
    }
}
