package org.gradcheck4j.internal.diagnosis;

import java.util.List;
import org.gradcheck4j.TensorResult.Kind;

/**
 * The input gradient fails while every parameter gradient passes: the bug is in the dJ/dx that
 * backward returns, not in dW. Internal.
 */
final class InputGradientRule implements HintRule {

    static final String ID = "input-gradient";

    @Override
    public List<Finding> findings(Evidence evidence) {
        List<TensorEvidence> params = evidence.tensors().stream().filter(t -> t.kind() == Kind.PARAMETER).toList();
        List<TensorEvidence> inputs = evidence.wrongTensors().stream().filter(t -> t.kind() == Kind.INPUT).toList();
        if (params.isEmpty() || inputs.isEmpty() || !params.stream().allMatch(Evidence::right)) {
            return List.of();
        }
        TensorEvidence x = inputs.get(0);
        List<String> names = params.stream().map(TensorEvidence::name).toList();
        return List.of(Finding.location(ID, x.name(), "the parameter gradients (" + Phrases.list(names) + ") pass but"
                + " dJ/d" + x.name() + " fails: the bug is in d" + x.name() + ", not in d" + names.get(0)
                + ". Look at the gradient @Backward returns (W where Wᵀ belongs, or a derivative missing on the path"
                + " back to the input)."));
    }
}
