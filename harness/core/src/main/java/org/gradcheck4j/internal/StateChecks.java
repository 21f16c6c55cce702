package org.gradcheck4j.internal;

import java.util.Arrays;
import java.util.List;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.internal.model.LayerModel;
import org.gradcheck4j.internal.objective.NotFinite;
import org.gradcheck4j.internal.objective.Objective;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.theta.Theta;
import org.gradcheck4j.internal.theta.ThetaBuilder;

/**
 * The checks that make a numeric verdict meaningful: J is finite and the same at the same θ, forward
 * and backward leave θ alone, backward overwrites rather than accumulates, and the gradient is
 * finite. Each failure is a {@link StateProblem} or {@link NotFinite} that names what happened.
 */
final class StateChecks {

    private static final String NONDETERMINISM_CAUSES = "Likely causes: randomness not drawn from a @RandomSource"
            + " field (unseeded or shared Random, Math.random()), dropout left on (mark the keep probability"
            + " @KeepProb), or state that forward changes (a counter, a cache, running statistics).";

    private final LayerModel model;
    private final Object layer;
    private final Theta theta;
    private final Objective objective;
    private double[][] start;

    StateChecks(LayerModel model, Object layer, Theta theta, Objective objective) {
        this.model = model;
        this.layer = layer;
        this.theta = theta;
        this.objective = objective;
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
        for (int s = 0; s < first.length; s++) {
            for (int i = 0; i < first[s].length; i++) {
                if (Double.doubleToLongBits(first[s][i]) != Double.doubleToLongBits(second[s][i])) {
                    throw differing(s, i, first, second);
                }
            }
        }
        return first;
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
