package org.gradcheck4j.internal.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * With the penalty checked separately: the analytic gradient matches the numeric gradient of the
 * data term alone ({@code a ≈ n − n_pen}), so the penalty's gradient is missing. All the tensors
 * it is missing from are named in one hint. Internal.
 */
final class PenaltyMissingRule implements HintRule {

    static final String ID = "penalty-gradient-missing";

    @Override
    public List<Finding> findings(Evidence evidence) {
        List<TensorEvidence> missing = new ArrayList<>();
        double worst = 0;
        double norm = 0;
        String method = "";
        for (TensorEvidence t : evidence.wrongTensors()) {
            Optional<PenaltySplit> split = PenaltySplit.of(t, evidence);
            if (split.isPresent()) {
                double error = Vectors.relativeError(t.analytic(), split.get().data());
                if (error <= evidence.match()) {
                    missing.add(t);
                    worst = Math.max(worst, error);
                    norm = Math.hypot(norm, Vectors.norm(split.get().penalty()));
                    method = split.get().method();
                }
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        List<String> names = missing.stream().map(TensorEvidence::name).toList();
        String where = missing.size() == 1 ? "over " + missing.get(0).components() + " (relative error "
                : "in each of " + Phrases.list(names) + " (" + missing.stream().mapToInt(TensorEvidence::checked).sum()
                + " components, relative error ";
        String fields = Phrases.list(missing.stream().map(TensorEvidence::gradient).toList());
        return List.of(Finding.explanation(ID, names, "the gradient of the @Penalty term " + method + "() is missing"
                + " from " + Phrases.gradients(names) + ": a matches the numeric gradient of the data term alone "
                + where + Phrases.num(worst) + "), and the penalty's own gradient, checked"
                + " separately, has norm " + Phrases.num(norm) + ". Add it to " + fields
                + " (for (λ/2m)‖W‖² it is (λ/m)·W)."));
    }
}
