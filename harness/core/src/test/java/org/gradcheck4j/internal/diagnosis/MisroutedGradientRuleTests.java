package org.gradcheck4j.internal.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradcheck4j.internal.diagnosis.Tensors.input;
import static org.gradcheck4j.internal.diagnosis.Tensors.random;
import static org.gradcheck4j.internal.diagnosis.Tensors.shape;

import java.util.List;
import org.junit.jupiter.api.Test;

class MisroutedGradientRuleTests {

    private final MisroutedGradientRule rule = new MisroutedGradientRule();
    private final double[] n = random(8, 1);

    @Test
    void firesWhenGradientMovedFromOneElementToAnother() {
        double[] numeric = n.clone();
        numeric[1] = 0;
        double[] analytic = n.clone();
        analytic[1] = 0.9;
        analytic[6] = 0;
        List<Finding> found = rule.findings(Tensors.of(input("x", shape(2, 4), analytic, numeric)));
        assertThat(Tensors.rules(found)).containsExactly("x:misrouted-gradient");
        assertThat(found.get(0).hint().message()).contains("nonzero at 1 components where the numeric gradient is 0 (x[0,1])")
                .contains("0 at 1 where it is not (x[1,2]), and right at the other 6");
    }

    @Test
    void staysSilentForOneKindAloneOrOtherErrors() {
        double[] numeric = n.clone();
        numeric[1] = 0;
        assertThat(rule.findings(Tensors.of(input("x", shape(2, 4), n.clone(), numeric)))).isEmpty();
        double[] analytic = n.clone();
        analytic[1] = 0;
        analytic[6] = 0;
        analytic[3] += 1;
        assertThat(rule.findings(Tensors.of(input("x", shape(2, 4), analytic, numeric)))).isEmpty();
    }
}
