package org.gradcheck4j.internal.diagnosis;

import java.util.List;
import java.util.Locale;
import org.gradcheck4j.TensorResult.Kind;

/**
 * Exactly one parameter tensor is wrong while every other tensor passes: the bug is in the code
 * that computes that one gradient. A bias ({@code b}, {@code b[1]}, {@code bias}) is called so. Internal.
 */
final class OnlyOneTensorRule implements HintRule {

    static final String ONLY_BIAS = "only-bias";
    static final String ONLY_ONE = "only-one-tensor";

    @Override
    public List<Finding> findings(Evidence evidence) {
        List<TensorEvidence> wrong = evidence.wrongTensors();
        if (evidence.tensors().size() < 2 || wrong.size() != 1 || wrong.get(0).kind() != Kind.PARAMETER) {
            return List.of();
        }
        TensorEvidence t = wrong.get(0);
        List<TensorEvidence> rest = evidence.tensors().stream().filter(o -> o != t).toList();
        if (!rest.stream().allMatch(Evidence::right)) {
            return List.of();
        }
        List<String> others = rest.stream().map(TensorEvidence::name).toList();
        String pass = " fails while " + Phrases.list(others) + (others.size() == 1 ? " passes" : " pass");
        if (isBias(t)) {
            return List.of(Finding.location(ONLY_BIAS, t.name(), "only the bias gradient is wrong: " + t.name() + pass
                    + ". The bug is in the code that computes " + t.gradient() + " (summed over the wrong axis, not"
                    + " summed over the examples, or not written)."));
        }
        return List.of(Finding.location(ONLY_ONE, t.name(), "only " + t.name() + " is wrong: it" + pass
                + ". The bug is in the code that computes " + t.gradient() + "."));
    }

    static boolean isBias(TensorEvidence t) {
        String base = t.name().replaceFirst("\\[.*$", "").toLowerCase(Locale.ROOT);
        return t.vectorLike() && (base.equals("b") || base.contains("bias") || base.matches("b(\\d+|_.*)"));
    }
}
