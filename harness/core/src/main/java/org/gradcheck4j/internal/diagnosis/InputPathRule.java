package org.gradcheck4j.internal.diagnosis;

import java.util.ArrayList;
import java.util.List;
import org.gradcheck4j.TensorResult.Kind;

/**
 * A layer with several differentiated inputs whose gradient is right for some and wrong for
 * others: the bug is in the path of backward that computes the wrong inputs' gradients. Internal.
 */
final class InputPathRule implements HintRule {

    static final String ID = "input-path";

    @Override
    public List<Finding> findings(Evidence evidence) {
        List<TensorEvidence> inputs = evidence.tensors().stream().filter(t -> t.kind() == Kind.INPUT).toList();
        List<String> right = inputs.stream().filter(Evidence::right).map(TensorEvidence::name).toList();
        List<TensorEvidence> wrong = inputs.stream().filter(evidence::wrong).toList();
        if (right.isEmpty() || wrong.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (TensorEvidence z : wrong) {
            findings.add(Finding.location(ID, z.name(), Phrases.gradients(right) + (right.size() == 1 ? " passes" : " pass")
                    + " but dJ/d" + z.name() + " fails: the bug is in the " + z.name() + " path of @Backward, on the way"
                    + " from dy to the gradient it returns for " + z.name() + ", in code that "
                    + Phrases.gradients(right) + (right.size() == 1 ? " does" : " do") + " not share."));
        }
        return findings;
    }
}
