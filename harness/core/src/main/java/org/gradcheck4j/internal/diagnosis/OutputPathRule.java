package org.gradcheck4j.internal.diagnosis;

import java.util.List;

/**
 * A layer with several outputs whose gradient through some outputs agrees with the numeric value
 * while through others it does not: the bug is in the backward code that carries those outputs'
 * dy back. Internal.
 */
final class OutputPathRule implements HintRule {

    static final String ID = "output-path";

    @Override
    public List<Finding> findings(Evidence evidence) {
        List<Evidence.OutputPath> wrong = evidence.outputPaths().stream()
                .filter(p -> p.relativeError() >= evidence.wrongComponent()).toList();
        List<Evidence.OutputPath> right = evidence.outputPaths().stream()
                .filter(p -> p.relativeError() <= Evidence.WRONG_FLOOR).toList();
        if (wrong.isEmpty() || right.isEmpty()) {
            return List.of();
        }
        List<String> bad = wrong.stream().map(Evidence.OutputPath::name).toList();
        List<String> good = right.stream().map(Evidence.OutputPath::name).toList();
        return List.of(Finding.location(ID, "", "the gradient through output" + (bad.size() == 1 ? " " : "s ")
                + Phrases.list(bad) + " alone is wrong (relative error " + Phrases.num(wrong.get(0).relativeError())
                + " along the direction of the disagreement) while " + Phrases.list(good)
                + (good.size() == 1 ? " passes" : " pass") + ": the bug is in the " + Phrases.list(bad)
                + " path of @Backward, the code that carries d" + String.join(", d", bad) + " back to the inputs and"
                + " parameters."));
    }
}
