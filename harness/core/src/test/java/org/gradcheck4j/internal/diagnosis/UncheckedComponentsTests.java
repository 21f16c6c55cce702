package org.gradcheck4j.internal.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradcheck4j.internal.diagnosis.Tensors.input;
import static org.gradcheck4j.internal.diagnosis.Tensors.param;
import static org.gradcheck4j.internal.diagnosis.Tensors.random;
import static org.gradcheck4j.internal.diagnosis.Tensors.scaled;
import static org.gradcheck4j.internal.diagnosis.Tensors.shape;

import java.util.Arrays;
import java.util.Optional;
import org.gradcheck4j.TensorResult.Kind;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The directional mode leaves NaN in the numeric gradient of every component it did not check:
 * no rule may throw on them or read a pattern from them.
 */
class UncheckedComponentsTests {

    private static TensorEvidence failingWithoutNumbers(String name, Kind kind, int[] shape) {
        int n = Arrays.stream(shape).reduce(1, (x, y) -> x * y);
        double[] none = new double[n];
        Arrays.fill(none, Double.NaN);
        return new TensorEvidence(name, kind, shape, Verdict.FAIL, 0.5, random(n, 4), none, random(n, 5),
                Optional.of(none.clone()), "@Grad field d" + name);
    }

    @Test
    void noRuleFiresWhenNoComponentWasChecked() {
        Evidence e = new Evidence(java.util.List.of(failingWithoutNumbers("W", Kind.PARAMETER, shape(3, 3)),
                failingWithoutNumbers("b", Kind.PARAMETER, shape(3)), failingWithoutNumbers("x", Kind.INPUT, shape(3, 2))),
                Thresholds.DEFAULT, java.util.List.of(), java.util.List.of(0.5), Optional.of("l2"));
        for (HintRule rule : Diagnosis.rules()) {
            assertThat(rule.findings(e)).as(rule.getClass().getSimpleName()).isEmpty();
        }
    }

    @Test
    void patternsAreReadFromTheCheckedComponentsAlone() {
        double[] n = random(16, 1);
        double[] half = Tensors.halfUnchecked(n);
        assertThat(new ConstantFactorRule().findings(Tensors.of(param("W", shape(4, 4), scaled(3, n), half))).get(0)
                .hint().message()).contains("over the 8 checked components (of 16)");
        assertThat(new TransposedRule().findings(Tensors.of(param("W", shape(4, 4), Vectors.transpose(n, 4, 4),
                half)))).hasSize(1);
        double[] wrongChecked = n.clone();
        wrongChecked[0] = 0;
        assertThat(new BlockedGradientRule().findings(Tensors.of(input("x", shape(4, 4), wrongChecked, half))))
                .hasSize(1);
    }
}
