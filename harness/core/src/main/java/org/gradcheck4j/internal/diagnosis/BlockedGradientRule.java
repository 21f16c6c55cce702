package org.gradcheck4j.internal.diagnosis;

import java.util.ArrayList;
import java.util.List;

/**
 * The wrong components are exactly those where the analytic gradient is 0 and the numeric one is
 * not, and every other component matches: backward blocks gradient that should flow (a mask or a
 * ReLU test on the wrong side, a loop that stops early, a window's maximum at the wrong position).
 * A gradient that is 0 everywhere is {@link ZeroGradientRule}'s. Internal.
 */
final class BlockedGradientRule implements HintRule {

    static final String ID = "blocked-gradient";

    @Override
    public List<Finding> findings(Evidence evidence) {
        List<Finding> found = new ArrayList<>();
        for (TensorEvidence t : evidence.wrongTensors()) {
            List<Integer> wrong = ComponentPatterns.wrongComponents(t, evidence.wrongComponent());
            boolean blocked = !wrong.isEmpty() && wrong.size() < t.checked()
                    && wrong.stream().allMatch(i -> t.analytic()[i] == 0);
            if (blocked) {
                found.add(Finding.explanation(ID, List.of(t.name()), "dJ/d" + t.name() + " is 0 at " + wrong.size()
                        + " of " + t.checked() + " components where the numeric gradient is not ("
                        + ComponentPatterns.names(t, wrong) + ") and right at all the others: backward blocks"
                        + " gradient that should flow. Look for a mask or a ReLU test on the wrong side, a loop"
                        + " that stops early, or a pooling maximum taken at the wrong position."));
            }
        }
        return found;
    }
}
