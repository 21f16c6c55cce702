package org.gradcheck4j.internal.diagnosis;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradcheck4j.TensorResult.Kind;

/**
 * In a network whose parameter tensors are numbered by layer ({@code 1_W} as Deeplearning4j names
 * them, or {@code W[1]} from a list), every tensor of layers 0..k fails and every tensor above k
 * passes: the gradient is right down to layer k's output and wrong from there on, so the bug is
 * where layer k turns its output gradient into its pre-activation gradient (its activation's
 * derivative, or the first step of its backward pass). Internal.
 */
final class LayerBoundaryRule implements HintRule {

    static final String LAYER_BOUNDARY = "layer-boundary";
    private static final Pattern PREFIXED = Pattern.compile("(\\d+)_.+");
    private static final Pattern INDEXED = Pattern.compile(".+\\[(\\d+)]");

    @Override
    public List<Finding> findings(Evidence evidence) {
        List<TensorEvidence> params = evidence.tensors().stream().filter(t -> t.kind() == Kind.PARAMETER).toList();
        if (params.isEmpty() || params.stream().anyMatch(t -> layer(t.name()).isEmpty())) {
            return List.of();
        }
        int k = evidence.wrongTensors().stream().filter(t -> t.kind() == Kind.PARAMETER)
                .mapToInt(t -> layer(t.name()).getAsInt()).max().orElse(-1);
        List<TensorEvidence> below = params.stream().filter(t -> layer(t.name()).getAsInt() <= k).toList();
        List<TensorEvidence> above = params.stream().filter(t -> layer(t.name()).getAsInt() > k).toList();
        boolean layerKWhole = params.stream().filter(t -> layer(t.name()).getAsInt() == k).count() >= 2;
        if (k < 0 || above.isEmpty() || !layerKWhole || !below.stream().allMatch(evidence::wrong)
                || !above.stream().allMatch(Evidence::right)) {
            return List.of();
        }
        return List.of(Finding.location(LAYER_BOUNDARY, "", "the error enters at layer " + k + ": "
                + Phrases.list(below.stream().map(TensorEvidence::name).toList()) + " fail while "
                + Phrases.list(above.stream().map(TensorEvidence::name).toList()) + " pass. The gradient is"
                + " right down to layer " + k + "'s output and wrong from there on: look at layer " + k
                + "'s activation derivative, or the first step of its backward pass."));
    }

    /** The layer number in a tensor's name, if it has one. */
    static OptionalInt layer(String name) {
        Matcher m = PREFIXED.matcher(name);
        if (m.matches()) {
            return OptionalInt.of(Integer.parseInt(m.group(1)));
        }
        m = INDEXED.matcher(name);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
