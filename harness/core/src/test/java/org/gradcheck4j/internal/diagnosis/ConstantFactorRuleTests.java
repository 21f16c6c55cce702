package org.gradcheck4j.internal.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradcheck4j.internal.diagnosis.Tensors.param;
import static org.gradcheck4j.internal.diagnosis.Tensors.random;
import static org.gradcheck4j.internal.diagnosis.Tensors.scaled;
import static org.gradcheck4j.internal.diagnosis.Tensors.shape;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConstantFactorRuleTests {

    private final ConstantFactorRule rule = new ConstantFactorRule();
    private final double[] w = random(12, 1);
    private final double[] b = random(3, 2);

    @Test
    void namesAnUnexplainedFactor() {
        List<Finding> found = rule.findings(Tensors.of(param("W", shape(3, 4), scaled(8, w), w)));
        assertThat(Tensors.rules(found)).containsExactly("W:constant-factor");
        assertThat(found.get(0).hint().message()).contains("a ≈ 8.000·n over all 12 components of W")
                .contains("k = 8.000 matches no usual cause");
    }

    @Test
    void recognisesTheBatchSizeFromTheInputs() {
        Evidence e = Tensors.of(List.of(new Evidence.Input("x", List.of(4, 6))), List.of(),
                param("W", shape(3, 4), scaled(6, w), w), param("b", shape(3), scaled(6, b), b));
        List<Finding> found = rule.findings(e);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).tensors()).containsExactly("W", "b");
        assertThat(found.get(0).hint().tensor()).isEmpty();
        assertThat(found.get(0).hint().message()).contains("in each of W and b (15 components")
                .contains("k ≈ 6, a dimension of input x [4, 6]: likely a missing 1/m");
    }

    @Test
    void recognisesOneOverMKeepProbAndTwo() {
        Evidence inputs = Tensors.of(List.of(new Evidence.Input("x", List.of(4, 6))), List.of(0.8),
                param("W", shape(3, 4), scaled(1.0 / 6, w), w));
        assertThat(rule.findings(inputs).get(0).hint().message()).contains("1/m applied twice");
        Evidence keep = Tensors.of(List.of(), List.of(0.8), param("W", shape(3, 4), scaled(0.8, w), w));
        assertThat(rule.findings(keep).get(0).hint().message()).contains("k ≈ keepProb = 0.8");
        Evidence twice = Tensors.of(List.of(), List.of(0.8), param("W", shape(3, 4), scaled(1.25, w), w));
        assertThat(rule.findings(twice).get(0).hint().message()).contains("k ≈ 1/keepProb = 1.25");
        assertThat(rule.findings(Tensors.of(param("W", shape(3, 4), scaled(0.5, w), w))).get(0).hint().message())
                .contains("k ≈ ½");
    }

    @Test
    void groupsOnlyTensorsWithTheSameFactor() {
        List<Finding> found = rule.findings(Tensors.of(param("W", shape(3, 4), scaled(3, w), w),
                param("b", shape(3), scaled(7, b), b)));
        assertThat(Tensors.rules(found)).containsExactly("W:constant-factor", "b:constant-factor");
    }

    @Test
    void staysSilentForSignFlipsNoiseAndTinyTensorsWithAnUnknownFactor() {
        assertThat(rule.findings(Tensors.of(param("W", shape(3, 4), scaled(-1, w), w)))).isEmpty();
        assertThat(rule.findings(Tensors.of(param("W", shape(3, 4), random(12, 5), w)))).isEmpty();
        double[] one = {0.3};
        assertThat(rule.findings(Tensors.of(param("c", shape(1), scaled(8, one), one)))).isEmpty();
        assertThat(rule.findings(Tensors.of(param("c", shape(1), scaled(2, one), one)))).hasSize(1);
    }
}
