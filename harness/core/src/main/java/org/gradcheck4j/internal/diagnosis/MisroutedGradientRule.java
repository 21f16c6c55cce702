package org.gradcheck4j.internal.diagnosis;

import java.util.ArrayList;
import java.util.List;

/**
 * The wrong components are of two kinds only, nonzero where the numeric gradient is 0 and 0 where
 * it is not, both present, and every other component matches: backward sends gradient to the
 * wrong elements (a mask inverted, a pooling maximum taken at the wrong position, an index off by
 * one). Internal.
 */
final class MisroutedGradientRule implements HintRule {

    static final String ID = "misrouted-gradient";

    @Override
    public List<Finding> findings(Evidence evidence) {
        List<Finding> found = new ArrayList<>();
        double tolerance = evidence.wrongComponent();
        for (TensorEvidence t : evidence.wrongTensors()) {
            double floor = tolerance * ComponentPatterns.scale(t);
            List<Integer> leaked = new ArrayList<>();
            List<Integer> blocked = new ArrayList<>();
            List<Integer> wrong = ComponentPatterns.wrongComponents(t, tolerance);
            for (int i : wrong) {
                if (Math.abs(t.numeric()[i]) <= floor) {
                    leaked.add(i);
                } else if (t.analytic()[i] == 0) {
                    blocked.add(i);
                }
            }
            if (!leaked.isEmpty() && !blocked.isEmpty() && leaked.size() + blocked.size() == wrong.size()) {
                found.add(Finding.explanation(ID, List.of(t.name()), "dJ/d" + t.name() + " goes to the wrong elements:"
                        + " it is nonzero at " + leaked.size() + " components where the numeric gradient is 0 ("
                        + ComponentPatterns.names(t, leaked) + ") and 0 at " + blocked.size() + " where it is not ("
                        + ComponentPatterns.names(t, blocked) + "), and right at the other " + (t.checked() - wrong.size())
                        + ". Look for a mask inverted, a pooling maximum taken at the wrong position, or an index"
                        + " off by one."));
            }
        }
        return found;
    }
}
