package org.gradcheck4j.internal.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradcheck4j.internal.diagnosis.Tensors.param;
import static org.gradcheck4j.internal.diagnosis.Tensors.random;
import static org.gradcheck4j.internal.diagnosis.Tensors.shape;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrongTensorRuleTests {

    private final WrongTensorRule rule = new WrongTensorRule();
    private final double[] n1 = random(4, 1);
    private final double[] n2 = random(4, 2);

    @Test
    void firesWhenOneTensorHoldsTheGradientOfAnother() {
        List<Finding> found = rule.findings(Tensors.of(param("W1", shape(2, 2), n1.clone(), n1),
                param("W2", shape(2, 2), n1.clone(), n2)));
        assertThat(Tensors.rules(found)).containsExactly("W2:wrong-tensor");
        assertThat(found.get(0).hint().message()).contains("dJ/dW2 holds the gradient of W1");
    }

    @Test
    void namesBothTensorsWhenTheirGradientsAreSwapped() {
        List<Finding> found = rule.findings(Tensors.of(param("W1", shape(2, 2), n2.clone(), n1),
                param("W2", shape(2, 2), n1.clone(), n2)));
        assertThat(Tensors.rules(found)).containsExactly("W1:wrong-tensor", "W2:wrong-tensor");
    }

    @Test
    void staysSilentForOtherSizesAndUnrelatedValues() {
        double[] n3 = random(3, 3);
        assertThat(rule.findings(Tensors.of(param("W1", shape(2, 2), n1.clone(), n1),
                param("b", shape(3), new double[] {n1[0], n1[1], n1[2]}, n3)))).isEmpty();
        assertThat(rule.findings(Tensors.of(param("W1", shape(2, 2), n1.clone(), n1),
                param("W2", shape(2, 2), random(4, 7), n2)))).isEmpty();
    }
}
