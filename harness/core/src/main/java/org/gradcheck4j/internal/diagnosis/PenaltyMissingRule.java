package org.gradcheck4j.internal.diagnosis;

import java.util.ArrayList;
import java.util.List;

/**
 * With the penalty checked separately: the analytic gradient matches the numeric gradient of the
 * data term alone ({@code a ≈ n − n_pen}), so the penalty's gradient is missing. Internal.
 */
final class PenaltyMissingRule implements HintRule {

    static final String ID = "penalty-gradient-missing";

    @Override
    public List<Finding> findings(Evidence evidence) {
        List<Finding> found = new ArrayList<>();
        for (TensorEvidence t : evidence.wrongTensors()) {
            PenaltySplit.of(t, evidence).ifPresent(split -> {
                double error = Vectors.relativeError(t.analytic(), split.data());
                if (error <= evidence.match()) {
                    found.add(Finding.explanation(ID, List.of(t.name()), "the gradient of the @Penalty term "
                            + split.method() + "() is missing from dJ/d" + t.name() + ": a matches the numeric"
                            + " gradient of the data term alone over " + t.components() + " (relative error "
                            + Phrases.num(error) + "), and the penalty's own gradient, checked separately, has norm "
                            + Phrases.num(Vectors.norm(split.penalty())) + ". Add it to " + t.gradient()
                            + " (for (λ/2m)‖W‖² it is (λ/m)·W)."));
                }
            });
        }
        return found;
    }
}
