package org.gradcheck4j.internal.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradcheck4j.internal.diagnosis.Tensors.param;
import static org.gradcheck4j.internal.diagnosis.Tensors.random;
import static org.gradcheck4j.internal.diagnosis.Tensors.scaled;
import static org.gradcheck4j.internal.diagnosis.Tensors.shape;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignFlippedRuleTests {

    private final SignFlippedRule rule = new SignFlippedRule();
    private final double[] n = random(12, 1);

    @Test
    void firesWhenAnalyticIsMinusNumeric() {
        List<Finding> found = rule.findings(Tensors.of(param("W", shape(3, 4), scaled(-1, n), n)));
        assertThat(Tensors.rules(found)).containsExactly("W:sign-flipped");
        assertThat(found.get(0).hint().message()).contains("a ≈ -1.000·n over all 12 components");
        assertThat(found.get(0).explains()).isTrue();
    }

    @Test
    void staysSilentForOtherFactorsNoiseAndCorrectGradients() {
        assertThat(rule.findings(Tensors.of(param("W", shape(3, 4), scaled(-2, n), n)))).isEmpty();
        assertThat(rule.findings(Tensors.of(param("W", shape(3, 4), random(12, 2), n)))).isEmpty();
        assertThat(rule.findings(Tensors.of(param("W", shape(3, 4), n.clone(), n)))).isEmpty();
    }

    @Test
    void skipsComponentsWithoutANumericValue() {
        List<Finding> found = rule.findings(Tensors.of(param("W", shape(3, 4), scaled(-1, n), Tensors.halfUnchecked(n))));
        assertThat(found.get(0).hint().message()).contains("over the 6 checked components (of 12)");
        double[] none = new double[12];
        java.util.Arrays.fill(none, Double.NaN);
        assertThat(rule.findings(Tensors.of(param("W", shape(3, 4), scaled(-1, n), none)))).isEmpty();
    }
}
