package org.gradcheck4j.internal.diagnosis;

import java.util.ArrayList;
import java.util.List;

/**
 * The analytic gradient of one tensor matches the numeric gradient of another tensor of the same
 * size: the gradient was written to the wrong field (or the same one was written to both). Internal.
 */
final class WrongTensorRule implements HintRule {

    static final String ID = "wrong-tensor";

    @Override
    public List<Finding> findings(Evidence evidence) {
        List<Finding> found = new ArrayList<>();
        for (TensorEvidence x : evidence.wrongTensors()) {
            for (TensorEvidence y : evidence.tensors()) {
                if (y != x && y.size() == x.size() && Vectors.norm(y.numeric()) > 0) {
                    double error = Vectors.relativeError(x.analytic(), y.numeric());
                    if (error <= evidence.match()) {
                        found.add(Finding.explanation(ID, List.of(x.name()), "dJ/d" + x.name()
                                + " holds the gradient of " + y.name() + ": the analytic values of " + x.name()
                                + " match the numeric gradient of " + y.name() + " over " + x.components()
                                + " (relative error " + Phrases.num(error) + "). The gradient was written to the"
                                + " wrong field: check what @Backward stores in " + x.gradient() + "."));
                        break;
                    }
                }
            }
        }
        return found;
    }
}
