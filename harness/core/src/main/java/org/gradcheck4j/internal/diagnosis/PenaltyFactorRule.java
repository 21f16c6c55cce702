package org.gradcheck4j.internal.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gradcheck4j.internal.diagnosis.FactorGroups.Fitted;

/**
 * With the penalty checked separately: the data term's part is right and the penalty's part is off
 * by a constant factor, {@code a − n_data ≈ k·n_pen} (k = 2 for λ/m written as 2λ/m, k = −1 for a
 * subtracted penalty gradient, k = m for a missing 1/m). Tensors with the same k share a hint.
 * Internal.
 */
final class PenaltyFactorRule implements HintRule {

    static final String ID = "penalty-gradient-factor";

    @Override
    public List<Finding> findings(Evidence evidence) {
        double tolerance = evidence.match();
        List<Fitted> fitted = new ArrayList<>();
        String method = "";
        for (TensorEvidence t : evidence.wrongTensors()) {
            Optional<PenaltySplit> split = PenaltySplit.of(t, evidence);
            if (split.isPresent()) {
                Fit fit = Fit.of(Vectors.minus(t.analytic(), split.get().data()), split.get().penalty());
                if (fit.holds(tolerance) && !Factors.near(fit.k(), 1, tolerance) && Math.abs(fit.k()) > tolerance) {
                    fitted.add(new Fitted(t, fit));
                    method = split.get().method();
                }
            }
        }
        List<Finding> found = new ArrayList<>();
        for (List<Fitted> g : FactorGroups.of(fitted, tolerance)) {
            found.add(Finding.explanation(ID, FactorGroups.names(g), message(g, method, evidence)));
        }
        return found;
    }

    private static String message(List<Fitted> g, String method, Evidence evidence) {
        double k = g.get(0).fit().k();
        List<String> causes = new ArrayList<>();
        if (Factors.near(k, -1, evidence.match())) {
            causes.add("it is subtracted instead of added");
        }
        causes.addAll(FactorCauses.of(k, evidence));
        return "the gradient of the @Penalty term " + method + "() in " + Phrases.gradients(FactorGroups.names(g))
                + " is wrong by a factor " + Phrases.factor(k) + ": a − n_data ≈ " + Phrases.factor(k) + "·n_pen "
                + FactorGroups.where(g) + "relative residual " + Phrases.num(FactorGroups.residual(g)) + "), with n_pen"
                + " the penalty's own numeric gradient, checked separately, while the data term's part is right"
                + (causes.isEmpty() ? "." : ": " + String.join("; or ", causes) + ".");
    }
}
