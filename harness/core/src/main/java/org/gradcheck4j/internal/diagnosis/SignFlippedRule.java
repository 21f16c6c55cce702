package org.gradcheck4j.internal.diagnosis;

import java.util.ArrayList;
import java.util.List;

/** The analytic gradient is the numeric one with its sign flipped: {@code a ≈ −n}. Internal. */
final class SignFlippedRule implements HintRule {

    static final String ID = "sign-flipped";

    @Override
    public List<Finding> findings(Evidence evidence) {
        List<Finding> found = new ArrayList<>();
        for (TensorEvidence t : evidence.wrongTensors()) {
            Fit fit = Fit.of(t.analytic(), t.numeric());
            if (fit.holds(evidence.match()) && Factors.near(fit.k(), -1, evidence.match())) {
                found.add(Finding.explanation(ID, List.of(t.name()), "sign flipped in dJ/d" + t.name() + ": a ≈ "
                        + Phrases.factor(fit.k()) + "·n over " + t.components() + " (relative residual "
                        + Phrases.num(fit.residual()) + "). Look for (y − ŷ) written for (ŷ − y), a subtraction"
                        + " the wrong way round, or a gradient-ascent sign."));
            }
        }
        return found;
    }
}
