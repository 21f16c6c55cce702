package org.gradcheck4j.internal;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.gradcheck4j.GradCheckConfigurationException;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.internal.model.AccessorFailure;
import org.gradcheck4j.internal.model.LayerModel;
import org.gradcheck4j.internal.objective.LayerFailure;
import org.gradcheck4j.internal.objective.NotFinite;
import org.gradcheck4j.internal.objective.Objective;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.theta.Theta;
import org.gradcheck4j.internal.theta.ThetaBuilder;

/**
 * The checks that make a numeric verdict meaningful: J is finite and the same at the same θ, forward
 * and backward leave θ alone, backward overwrites rather than accumulates, and the gradient is
 * finite, and backward reads no state left by an earlier forward call. Each failure is a {@link StateProblem} or {@link NotFinite} that names what happened.
 */
final class StateChecks {

    private static final String NONDETERMINISM_CAUSES = "Likely causes: randomness not drawn from a @RandomSource"
            + " field (unseeded or shared Random, Math.random()), dropout left on (mark the keep probability"
            + " @KeepProb), or state that forward changes (a counter, a cache, running statistics).";

    /** How far the other values lie from −θ: a uniform shift in ±OTHER_SHIFT / 2. */
    private static final double OTHER_SHIFT = 0.2;

    private final LayerModel model;
    private final Object layer;
    private final Theta theta;
    private final Objective objective;
    private double[][] start;
    private final long seed;

    StateChecks(LayerModel model, Object layer, Theta theta, Objective objective, long seed) {
        this.seed = seed;
        this.model = model;
        this.layer = layer;
        this.theta = theta;
        this.objective = objective;
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
     * one forward pass and one forward-backward pair. Call after {@link #repeatableGradients()}.
     */
    void noStaleState(double[][] single) {
        LayerFields fields = LayerFields.of(layer);
        forwardElsewhere();
        double[][] afterHistory = objective.gradients(theta);
        int[] at = firstDifference(single, afterHistory);
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

    /** J at θ, evaluated twice; θ must be unchanged by forward and the two values equal. */
    double deterministicCost() {
        start = theta.snapshot();
        double j0 = objective.cost();
        if (!Double.isFinite(j0)) {
            throw new NotFinite("J is " + j0 + " at the parameters the check starts from, before any perturbation");
        }
        unchanged("@Forward");
        double j1 = objective.cost();
        unchanged("@Forward");
        if (Double.doubleToLongBits(j0) != Double.doubleToLongBits(j1)) {
            throw new StateProblem(Verdict.NON_DETERMINISTIC, "J differs between two evaluations at the same θ: "
                    + j0 + " then " + j1 + ". " + NONDETERMINISM_CAUSES);
        }
        return j0;
    }

    /**
     * The analytic gradient, computed twice: finite, equal both times, θ unchanged by backward. Call
     * after {@link #deterministicCost()}.
     */
    double[][] repeatableGradients() {
        double[][] first = objective.gradients(theta);
        finite(first);
        unchanged("@Backward");
        double[][] second = objective.gradients(theta);
        int[] at = firstDifference(first, second);
        if (at != null) {
            throw differing(at[0], at[1], first, second);
        }
        return first;
    }

    /** The slot and index of the first component that differs bit-wise, or null. */
    private static int[] firstDifference(double[][] a, double[][] b) {
        for (int s = 0; s < a.length; s++) {
            for (int i = 0; i < a[s].length; i++) {
                if (Double.doubleToLongBits(a[s][i]) != Double.doubleToLongBits(b[s][i])) {
                    return new int[] {s, i};
                }
            }
        }
        return null;
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

    /** J at the starting θ, once more after every perturbation: it must not have drifted. */
    void noDrift(double j0) {
        double j = objective.cost();
        if (Double.doubleToLongBits(j) != Double.doubleToLongBits(j0)) {
            throw new StateProblem(Verdict.NON_DETERMINISTIC, "J at the starting θ changed during the check from "
                    + j0 + " to " + j + ": state persists between evaluations. " + NONDETERMINISM_CAUSES);
        }
    }

    private void finite(double[][] g) {
        for (int s = 0; s < g.length; s++) {
            for (int i = 0; i < g[s].length; i++) {
                if (!Double.isFinite(g[s][i])) {
                    throw new NotFinite("the analytic gradient dJ/d" + theta.slots().get(s).elementName(i) + " is "
                            + g[s][i] + " (from " + model.backward().getName() + ")");
                }
            }
        }
    }

    /**
     * θ as it was when the check started, bit for bit, and still the tensors the layer's fields hold;
     * restored (values) and reported by name when not.
     */
    private void unchanged(String method) {
        ThetaBuilder.replacedParameter(model, layer, theta).ifPresent(name -> {
            throw new StateProblem(Verdict.STATE_CHANGED, method + " replaced the @Param tensor " + name + " with"
                    + " another object: the check reads and perturbs the tensors the layer held when it started, so"
                    + " the cost must not swap them. Update " + name + " in place, and move training steps (which"
                    + " reassign parameters) out of " + method + ".");
        });
        double[][] now = theta.snapshot();
        List<TensorSlot> slots = theta.slots();
        for (int s = 0; s < start.length; s++) {
            if (Arrays.equals(now[s], start[s])) {
                continue;
            }
            for (int i = 0; i < start[s].length; i++) {
                if (Double.doubleToLongBits(now[s][i]) != Double.doubleToLongBits(start[s][i])) {
                    theta.restore(start);
                    throw new StateProblem(Verdict.STATE_CHANGED, method + " changed " + slots.get(s).elementName(i)
                            + " from " + start[s][i] + " to " + now[s][i] + ". The cost must be a function of θ alone:"
                            + " move updates (a training step, weight decay, running statistics) out of "
                            + method + ".");
                }
            }
        }
    }

    private StateProblem differing(int s, int i, double[][] first, double[][] second) {
        TensorSlot slot = theta.slots().get(s);
        String values = "dJ/d" + slot.elementName(i) + " was " + first[s][i] + ", then " + second[s][i];
        if (doubled(first, second)) {
            String field = slot.gradient() == null ? "returned gradient" : slot.gradient().describe();
            return new StateProblem(Verdict.STATE_CHANGED, "@Backward accumulates: a second backward pass at the same θ"
                    + " doubled the gradient (" + values + "). Overwrite the " + field
                    + " (assign it, or zero it first) instead of adding to it.");
        }
        return new StateProblem(Verdict.NON_DETERMINISTIC, "two backward passes at the same θ gave different gradients: "
                + values + ". " + NONDETERMINISM_CAUSES);
    }

    private static boolean doubled(double[][] first, double[][] second) {
        boolean any = false;
        for (int s = 0; s < first.length; s++) {
            for (int i = 0; i < first[s].length; i++) {
                double expected = 2 * first[s][i];
                double tolerance = 1e-12 * Math.max(1, Math.abs(expected));
                if (Math.abs(second[s][i] - first[s][i]) > tolerance) {
                    any = true;
                    if (Math.abs(second[s][i] - expected) > tolerance) {
                        return false;
                    }
                }
            }
        }
        return any;
    }
}
