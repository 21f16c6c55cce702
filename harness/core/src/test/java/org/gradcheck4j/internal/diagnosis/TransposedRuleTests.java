package org.gradcheck4j.internal.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradcheck4j.internal.diagnosis.Tensors.param;
import static org.gradcheck4j.internal.diagnosis.Tensors.random;
import static org.gradcheck4j.internal.diagnosis.Tensors.shape;

import java.util.List;
import org.junit.jupiter.api.Test;

class TransposedRuleTests {

    private final TransposedRule rule = new TransposedRule();

    @Test
    void firesForASquareMatrixWhoseGradientIsTransposed() {
        double[] n = random(9, 1);
        List<Finding> found = rule.findings(Tensors.of(param("W", shape(3, 3), Vectors.transpose(n, 3, 3), n)));
        assertThat(Tensors.rules(found)).containsExactly("W:transposed");
        assertThat(found.get(0).hint().message()).contains("a ≈ nᵀ over all 9 components");
    }

    @Test
    void staysSilentForNonSquareTensorsAndOtherPatterns() {
        double[] n = random(6, 1);
        assertThat(rule.findings(Tensors.of(param("W", shape(2, 3), Vectors.transpose(n, 2, 3), n)))).isEmpty();
        assertThat(rule.findings(Tensors.of(param("v", shape(6), Tensors.scaled(-1, n), n)))).isEmpty();
        double[] m = random(9, 3);
        assertThat(rule.findings(Tensors.of(param("W", shape(3, 3), random(9, 4), m)))).isEmpty();
    }
}
