package org.gradcheck4j.internal.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradcheck4j.internal.diagnosis.Tensors.input;
import static org.gradcheck4j.internal.diagnosis.Tensors.param;
import static org.gradcheck4j.internal.diagnosis.Tensors.random;
import static org.gradcheck4j.internal.diagnosis.Tensors.shape;

import java.util.List;
import org.junit.jupiter.api.Test;

class InputGradientRuleTests {

    private final InputGradientRule rule = new InputGradientRule();
    private final double[] w = random(6, 1);
    private final double[] x = random(4, 3);

    @Test
    void saysTheBugIsInDxWhenEveryParameterPasses() {
        List<Finding> found = rule.findings(Tensors.of(param("W", shape(2, 3), w.clone(), w),
                input("x", shape(4), random(4, 8), x)));
        assertThat(Tensors.rules(found)).containsExactly("x:input-gradient");
        assertThat(found.get(0).hint().message()).contains("the bug is in dx, not in dW");
    }

    @Test
    void staysSilentWhenAParameterFailsTooOrThereIsNone() {
        assertThat(rule.findings(Tensors.of(param("W", shape(2, 3), random(6, 9), w),
                input("x", shape(4), random(4, 8), x)))).isEmpty();
        assertThat(rule.findings(Tensors.of(input("x", shape(4), random(4, 8), x)))).isEmpty();
        assertThat(rule.findings(Tensors.of(param("W", shape(2, 3), w.clone(), w), input("x", shape(4), x.clone(), x))))
                .isEmpty();
    }
}
