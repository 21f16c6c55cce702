package org.gradcheck4j.internal.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradcheck4j.internal.diagnosis.Tensors.input;
import static org.gradcheck4j.internal.diagnosis.Tensors.param;
import static org.gradcheck4j.internal.diagnosis.Tensors.random;
import static org.gradcheck4j.internal.diagnosis.Tensors.shape;

import java.util.List;
import org.junit.jupiter.api.Test;

class ZeroGradientRuleTests {

    private final ZeroGradientRule rule = new ZeroGradientRule();

    @Test
    void firesWhenTheFieldWasNeverWritten() {
        double[] n = {0.1, -2.5, 0.3};
        List<Finding> found = rule.findings(Tensors.of(param("b", shape(3), new double[3], n)));
        assertThat(Tensors.rules(found)).containsExactly("b:zero-gradient");
        assertThat(found.get(0).hint().message()).contains("exactly 0 in all 3 components")
                .contains("largest |n| = 2.5 at b[1]").contains("never writes @Grad field db");
    }

    @Test
    void saysZerosAreReturnedForAnInput() {
        List<Finding> found = rule.findings(Tensors.of(input("x", shape(2, 2), new double[4], random(4, 1))));
        assertThat(found.get(0).hint().message()).contains("@Backward returns zeros for dJ/dx");
    }

    @Test
    void staysSilentWhenAnyComponentWasWritten() {
        double[] n = {0.1, -2.5, 0.3};
        assertThat(rule.findings(Tensors.of(param("b", shape(3), new double[] {0, 0, 1e-3}, n)))).isEmpty();
    }
}
