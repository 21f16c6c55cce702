package org.gradcheck4j.internal;

import java.util.List;
import java.util.SplittableRandom;
import org.gradcheck4j.GradCheckConfigurationException;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.internal.model.AccessorFailure;
import org.gradcheck4j.internal.objective.LayerFailure;
import org.gradcheck4j.internal.objective.NotFinite;
import org.gradcheck4j.internal.objective.Objective;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.theta.Theta;

/**
 * The stale-state check: a backward pass must not read state left by an earlier forward call (a
 * cache kept from a previous call, or filled by the first call only). Forward passes at other
 * values of θ are slipped in before the check and before one more forward-backward pair at θ,
 * whose gradient must equal the one forward passes at θ alone give. Costs two forward passes and
 * one forward-backward pair per check; a difference is a {@link StateProblem} that names the
 * layer's fields whose values differ.
 */
final class StaleState {

    /** How far the other values lie from −θ: a uniform shift in ±OTHER_SHIFT / 2. */
    private static final double OTHER_SHIFT = 0.2;

    private final Object layer;
    private final Theta theta;
    private final Objective objective;
    private final long seed;

    StaleState(Object layer, Theta theta, Objective objective, long seed) {
        this.layer = layer;
        this.theta = theta;
        this.objective = objective;
        this.seed = seed;
    }

    /**
     * The first call of the check: a forward pass at other values of θ (every tensor, inputs
     * included, negated and shifted), whose result is dropped, so that a cache that only the first
     * forward call fills holds values from elsewhere. θ is restored bit-exactly. A layer that fails
     * there (outside its domain) is left to the check at θ.
     */
    void forwardElsewhere() {
        double[][] saved = theta.snapshot();
        try {
            elsewhere(saved, seed);
            objective.forwardOnly();
        } catch (LayerFailure | NotFinite | AccessorFailure | GradCheckConfigurationException e) {
            // outside the layer's domain: nothing to learn here
        } finally {
            theta.restore(saved);
        }
    }

    /**
     * Backward after a forward pass elsewhere and one at θ must give the gradient {@code single}
     * that forward passes at θ alone gave: otherwise backward reads state left by an earlier forward
     * call, and the layer's fields whose values differ between the two sequences are named. Costs
     * one forward pass and one forward-backward pair. Call after {@link StateChecks#repeatableGradients()}.
     */
    void noStaleState(double[][] single) {
        LayerFields fields = LayerFields.of(layer);
        forwardElsewhere();
        double[][] afterHistory = objective.gradients(theta);
        int[] at = StateChecks.firstDifference(single, afterHistory);
        if (at != null) {
            throw stale(at[0], at[1], single, afterHistory, fields.differing(LayerFields.of(layer)));
        }
    }

    private void elsewhere(double[][] saved, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x3C6EF372FE94F82AL);
        for (int s = 0; s < saved.length; s++) {
            TensorSlot slot = theta.slots().get(s);
            for (int i = 0; i < saved[s].length; i++) {
                slot.set(i, -saved[s][i] + OTHER_SHIFT * (random.nextDouble() - 0.5));
            }
        }
    }

    private StateProblem stale(int s, int i, double[][] single, double[][] afterHistory, List<String> fields) {
        TensorSlot slot = theta.slots().get(s);
        String named = fields.isEmpty() ? "No field of the layer itself differs between the two; the state sits in an"
                + " object it holds." : "Fields whose values differ between the two: " + String.join(", ", fields) + ".";
        return new StateProblem(Verdict.STATE_CHANGED, "backward reads state left by an earlier forward call: after a"
                + " forward pass at other values and then one at the checked point, backward gave dJ/d"
                + slot.elementName(i) + " = " + afterHistory[s][i] + ", where forward passes at the checked point alone"
                + " give " + single[s][i] + ". " + named + " Make every forward pass overwrite what backward reads"
                + " (a cache kept from an earlier call, a buffer refreshed only when its shape changes).", fields);
    }
}
