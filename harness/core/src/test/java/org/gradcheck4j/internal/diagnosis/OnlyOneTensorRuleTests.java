package org.gradcheck4j.internal.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradcheck4j.internal.diagnosis.Tensors.input;
import static org.gradcheck4j.internal.diagnosis.Tensors.param;
import static org.gradcheck4j.internal.diagnosis.Tensors.random;
import static org.gradcheck4j.internal.diagnosis.Tensors.shape;

import java.util.List;
import org.junit.jupiter.api.Test;

class OnlyOneTensorRuleTests {

    private final OnlyOneTensorRule rule = new OnlyOneTensorRule();
    private final double[] w = random(6, 1);
    private final double[] b = random(3, 2);
    private final double[] x = random(4, 3);

    private TensorEvidence right(String name, double[] n) {
        return param(name, shape(n.length), n.clone(), n);
    }

    private TensorEvidence wrong(String name, int[] shape, double[] n) {
        return param(name, shape, random(n.length, 9), n);
    }

    @Test
    void callsALoneFailingBiasTheBias() {
        List<Finding> found = rule.findings(Tensors.of(right("W", w), wrong("b", shape(3), b),
                input("x", shape(4), x.clone(), x)));
        assertThat(Tensors.rules(found)).containsExactly("b:only-bias");
        assertThat(found.get(0).hint().message()).contains("only the bias gradient is wrong: b fails while W and x pass");
    }

    @Test
    void namesAnyOtherLoneFailingTensor() {
        List<Finding> found = rule.findings(Tensors.of(wrong("W[1]", shape(2, 3), w), right("b[1]", b)));
        assertThat(Tensors.rules(found)).containsExactly("W[1]:only-one-tensor");
        assertThat(found.get(0).hint().message()).contains("only W[1] is wrong: it fails while b[1] passes");
    }

    @Test
    void staysSilentWhenMoreThanOneFailsOrOnlyTheInputFails() {
        assertThat(rule.findings(Tensors.of(wrong("W", shape(2, 3), w), wrong("b", shape(3), b)))).isEmpty();
        assertThat(rule.findings(Tensors.of(right("W", w), input("x", shape(4), random(4, 8), x)))).isEmpty();
        assertThat(rule.findings(Tensors.of(wrong("W", shape(2, 3), w)))).isEmpty();
    }

    @Test
    void staysSilentWhenAnotherTensorIsOnlyAWarning() {
        double[] close = b.clone();
        close[0] *= 1.0001;
        assertThat(rule.findings(Tensors.of(wrong("W", shape(2, 3), w), param("b", shape(3), close, b)))).isEmpty();
    }

    @Test
    void recognisesBiasNames() {
        assertThat(OnlyOneTensorRule.isBias(right("b[2]", b))).isTrue();
        assertThat(OnlyOneTensorRule.isBias(right("outputBias", b))).isTrue();
        assertThat(OnlyOneTensorRule.isBias(right("b2", b))).isTrue();
        assertThat(OnlyOneTensorRule.isBias(right("beta", b))).isFalse();
        assertThat(OnlyOneTensorRule.isBias(param("b", shape(2, 3), w, w))).isFalse();
    }
}
