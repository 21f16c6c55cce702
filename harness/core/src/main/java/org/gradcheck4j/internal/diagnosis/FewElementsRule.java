package org.gradcheck4j.internal.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Only part of a tensor is wrong: one row, one column, or a few elements, named. Says nothing when
 * a tensor was not fully checked (an unchecked component might be wrong too). Internal.
 */
final class FewElementsRule implements HintRule {

    static final String ONE_ROW = "one-row";
    static final String ONE_COLUMN = "one-column";
    static final String FEW = "few-elements";
    /** The most wrong components called "a few". */
    static final int MAX_FEW = 10;

    @Override
    public List<Finding> findings(Evidence evidence) {
        List<Finding> found = new ArrayList<>();
        for (TensorEvidence t : evidence.wrongTensors()) {
            if (t.fullyChecked() && t.size() >= 4) {
                List<Integer> wrong = ComponentPatterns.wrongComponents(t, evidence.wrongComponent());
                if (!wrong.isEmpty() && wrong.size() < t.size()) {
                    finding(t, wrong).ifPresent(found::add);
                }
            }
        }
        return found;
    }

    private static Optional<Finding> finding(TensorEvidence t, List<Integer> wrong) {
        int w = wrong.size();
        String rest = "; every other component of " + t.name() + " matches";
        if (t.shape().length == 2 && t.shape()[0] >= 2 && t.shape()[1] >= 2 && w >= 2) {
            int cols = t.shape()[1];
            int row = wrong.get(0) / cols;
            int col = wrong.get(0) % cols;
            if (wrong.stream().allMatch(i -> i / cols == row)) {
                return Optional.of(Finding.location(ONE_ROW, t.name(), "only row " + row + " of "
                        + t.name() + " is wrong (" + w + " of its " + cols + " components: " + ComponentPatterns.names(t, wrong) + ")"
                        + rest + ". Look for an index special-cased for row " + row + ", or a loop bound."));
            }
            if (wrong.stream().allMatch(i -> i % cols == col)) {
                return Optional.of(Finding.location(ONE_COLUMN, t.name(), "only column " + col + " of "
                        + t.name() + " is wrong (" + w + " of its " + t.shape()[0] + " components: " + ComponentPatterns.names(t, wrong)
                        + ")" + rest + ". Look for an index special-cased for column " + col + ", or a loop bound."));
            }
        }
        if (w <= MAX_FEW && 4 * w <= t.size()) {
            String what = w == 1 ? "only " + t.element(wrong.get(0)) + " is wrong"
                    : "only " + w + " of the " + t.size() + " components of " + t.name() + " are wrong: " + ComponentPatterns.names(t, wrong);
            return Optional.of(Finding.location(FEW, t.name(), what + rest + ". Look for an index off by"
                    + " one, or a boundary case (the first or last element, padding, a tie)."));
        }
        return Optional.empty();
    }
}
