package org.gradcheck4j.internal.diagnosis;

import java.util.ArrayList;
import java.util.List;

/**
 * The wrong components are exactly those where the numeric gradient is 0 and the analytic one is
 * not, and every other component matches: backward lets gradient through elements that the forward
 * pass blocked (a dropout mask, the negative side of a ReLU, the non-maximal inputs of a pooling
 * window). Internal.
 */
final class LeakedGradientRule implements HintRule {

    static final String ID = "leaked-gradient";

    @Override
    public List<Finding> findings(Evidence evidence) {
        List<Finding> found = new ArrayList<>();
        for (TensorEvidence t : evidence.wrongTensors()) {
            List<Integer> wrong = ComponentPatterns.wrongComponents(t, evidence.wrongComponent());
            double scale = ComponentPatterns.scale(t);
            boolean leaked = !wrong.isEmpty() && wrong.stream()
                    .allMatch(i -> Math.abs(t.numeric()[i]) <= evidence.wrongComponent() * scale);
            if (leaked) {
                found.add(Finding.explanation(ID, List.of(t.name()), "dJ/d" + t.name() + " is nonzero at " + wrong.size()
                        + " of " + t.checked() + " components where the numeric gradient is 0 ("
                        + ComponentPatterns.names(t, wrong) + ") and right at all the others: backward lets gradient"
                        + " through elements the forward pass blocked. Look for a dropout mask, the negative side"
                        + " of a ReLU, or the non-maximal inputs of a pooling window missing in backward."));
            }
        }
        return found;
    }
}
