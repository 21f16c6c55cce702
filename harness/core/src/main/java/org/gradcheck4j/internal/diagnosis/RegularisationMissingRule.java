package org.gradcheck4j.internal.diagnosis;

import java.util.ArrayList;
import java.util.List;
import org.gradcheck4j.TensorResult.Kind;

/**
 * The difference between numeric and analytic gradient is proportional to the parameter itself:
 * {@code n − a ≈ c·W}. With c &gt; 0 the gradient (λ/m)·W of an L2 term is missing; with c &lt; 0
 * backward adds a weight decay that the cost does not contain. Internal.
 */
final class RegularisationMissingRule implements HintRule {

    static final String ID = "missing-regularisation";

    @Override
    public List<Finding> findings(Evidence evidence) {
        List<Finding> found = new ArrayList<>();
        for (TensorEvidence t : evidence.wrongTensors()) {
            if (t.kind() != Kind.PARAMETER) {
                continue;
            }
            Fit fit = Fit.of(Vectors.minus(t.numeric(), t.analytic()), t.values());
            if (fit.count() >= ConstantFactorRule.MIN_COMPONENTS && fit.holds(evidence.match()) && fit.k() != 0) {
                found.add(Finding.explanation(ID, List.of(t.name()), message(t, fit)));
            }
        }
        return found;
    }

    private static String message(TensorEvidence t, Fit fit) {
        String evidence = " over " + t.components() + " (relative residual " + Phrases.num(fit.residual()) + "): ";
        if (fit.k() > 0) {
            return "regularisation gradient missing from dJ/d" + t.name() + ": n − a ≈ " + Phrases.factor(fit.k())
                    + "·" + t.name() + evidence + "the gradient of an L2 term (λ/2m)‖" + t.name() + "‖² is (λ/m)·"
                    + t.name() + ", here λ/m ≈ " + Phrases.factor(fit.k()) + "; add it to " + t.gradient() + ".";
        }
        return "extra weight decay in dJ/d" + t.name() + ": a − n ≈ " + Phrases.factor(-fit.k()) + "·" + t.name()
                + evidence + "@Backward adds a regularisation gradient that the cost J does not contain (is the"
                + " L2 term missing from the @Penalty, or the @Penalty missing?).";
    }
}
