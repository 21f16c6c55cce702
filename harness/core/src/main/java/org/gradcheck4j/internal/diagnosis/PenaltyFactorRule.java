package org.gradcheck4j.internal.diagnosis;

import java.util.ArrayList;
import java.util.List;

/**
 * With the penalty checked separately: the data term's part is right and the penalty's part is off
 * by a constant factor, {@code a − n_data ≈ k·n_pen} (k = 2 for λ/m written as 2λ/m, k = −1 for a
 * subtracted penalty gradient). Internal.
 */
final class PenaltyFactorRule implements HintRule {

    static final String ID = "penalty-gradient-factor";

    @Override
    public List<Finding> findings(Evidence evidence) {
        List<Finding> found = new ArrayList<>();
        double tolerance = evidence.match();
        for (TensorEvidence t : evidence.wrongTensors()) {
            PenaltySplit.of(t, evidence).ifPresent(split -> {
                Fit fit = Fit.of(Vectors.minus(t.analytic(), split.data()), split.penalty());
                if (fit.holds(tolerance) && !Factors.near(fit.k(), 1, tolerance) && Math.abs(fit.k()) > tolerance) {
                    found.add(Finding.explanation(ID, List.of(t.name()), message(t, split, fit, evidence)));
                }
            });
        }
        return found;
    }

    private static String message(TensorEvidence t, PenaltySplit split, Fit fit, Evidence evidence) {
        List<String> causes = new ArrayList<>();
        if (Factors.near(fit.k(), -1, evidence.match())) {
            causes.add("it is subtracted instead of added");
        }
        causes.addAll(FactorCauses.of(fit.k(), evidence));
        return "the gradient of the @Penalty term " + split.method() + "() in dJ/d" + t.name() + " is wrong by a"
                + " factor " + Phrases.factor(fit.k()) + ": a − n_data ≈ " + Phrases.factor(fit.k()) + "·n_pen over "
                + t.components() + " (relative residual " + Phrases.num(fit.residual()) + "), with n_pen the"
                + " penalty's own numeric gradient, checked separately, while the data term's part is right"
                + (causes.isEmpty() ? "." : ": " + String.join("; or ", causes) + ".");
    }
}
