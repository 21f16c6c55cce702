package org.gradcheck4j.internal.diagnosis;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.gradcheck4j.Hint;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.internal.settings.CheckSettings;
import org.gradcheck4j.internal.model.LayerModel;
import org.gradcheck4j.internal.objective.Objective;
import org.gradcheck4j.internal.theta.Theta;

/**
 * Runs the hint rules over a check that did not pass, most specific first. The explanations come
 * first (what is wrong with a tensor's values: never written, written to the wrong field, let through
 * where forward blocked it, blocked where it should flow or sent to the wrong elements, the
 * penalty's part missing or off, a missing L2 term, transposed, sign flipped, a constant factor,
 * the data term wrong), at most one per tensor; then the locations (one row, one column or a few
 * elements; only the bias or one tensor; only the input gradient; one input's or one output's path
 * among several). Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Diagnosis {

    private static final List<HintRule> RULES = List.of(
            new ZeroGradientRule(),
            new WrongTensorRule(),
            new LeakedGradientRule(),
            new BlockedGradientRule(),
            new MisroutedGradientRule(),
            new PenaltyMissingRule(),
            new PenaltyFactorRule(),
            new RegularisationMissingRule(),
            new TransposedRule(),
            new SignFlippedRule(),
            new ConstantFactorRule(),
            new DataTermWrongRule(),
            new FewElementsRule(),
            new OnlyOneTensorRule(),
            new LayerBoundaryRule(),
            new InputGradientRule(),
            new InputPathRule(),
            new OutputPathRule());

    private Diagnosis() {
    }

    /**
     * The hints for a compared check. Measures the {@code @Penalty}'s own numeric gradient for the
     * failing parameter tensors (2 penalty evaluations per component, θ restored bit-exactly).
     *
     * @param settings the check's settings (layer and inputs)
     * @param model the layer's model
     * @param theta θ, at the values the check compared at
     * @param objective the check's objective
     * @param tensors the compared tensors, in the order of {@code theta}'s slots
     * @param thresholds the check's thresholds
     * @param epsilon the base step of the check
     * @return the hints, most specific first; empty when no rule fits
     */
    public static List<Hint> hints(CheckSettings settings, LayerModel model, Theta theta, Objective objective,
                                   List<TensorResult> tensors, Thresholds thresholds, double epsilon) {
        return hints(EvidenceCollector.collect(settings, model, theta, objective, tensors, thresholds, epsilon));
    }

    /** Every rule, most specific first. */
    static List<HintRule> rules() {
        return RULES;
    }

    /** The hints for {@code evidence}, most specific first. */
    static List<Hint> hints(Evidence evidence) {
        List<Hint> hints = new ArrayList<>();
        Set<String> explained = new HashSet<>();
        for (HintRule rule : RULES) {
            for (Finding f : rule.findings(evidence)) {
                if (f.explains() && f.tensors().stream().anyMatch(explained::contains)) {
                    continue;
                }
                if (f.explains()) {
                    explained.addAll(f.tensors());
                }
                hints.add(f.hint());
            }
        }
        return List.copyOf(hints);
    }
}
