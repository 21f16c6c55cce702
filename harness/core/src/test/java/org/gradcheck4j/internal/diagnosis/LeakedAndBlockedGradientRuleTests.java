package org.gradcheck4j.internal.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradcheck4j.internal.diagnosis.Tensors.input;
import static org.gradcheck4j.internal.diagnosis.Tensors.random;
import static org.gradcheck4j.internal.diagnosis.Tensors.shape;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeakedAndBlockedGradientRuleTests {

    private final double[] n = random(8, 1);

    @Test
    void leakedFiresWhenGradientFlowsWhereTheNumericIsZero() {
        double[] numeric = n.clone();
        numeric[2] = 0;
        numeric[5] = 0;
        List<Finding> found = new LeakedGradientRule().findings(Tensors.of(input("x", shape(2, 4), n.clone(), numeric)));
        assertThat(Tensors.rules(found)).containsExactly("x:leaked-gradient");
        assertThat(found.get(0).hint().message()).contains("nonzero at 2 of 8 components where the numeric gradient is 0"
                + " (x[0,2], x[1,1])");
        assertThat(new BlockedGradientRule().findings(Tensors.of(input("x", shape(2, 4), n.clone(), numeric)))).isEmpty();
    }

    @Test
    void blockedFiresWhenGradientIsZeroWhereTheNumericIsNot() {
        double[] analytic = n.clone();
        analytic[0] = 0;
        List<Finding> found = new BlockedGradientRule().findings(Tensors.of(input("x", shape(2, 4), analytic, n)));
        assertThat(Tensors.rules(found)).containsExactly("x:blocked-gradient");
        assertThat(found.get(0).hint().message()).contains("is 0 at 1 of 8 components where the numeric gradient is not (x[0,0])");
        assertThat(new LeakedGradientRule().findings(Tensors.of(input("x", shape(2, 4), analytic, n)))).isEmpty();
    }

    @Test
    void bothStaySilentForOtherErrors() {
        double[] analytic = n.clone();
        analytic[3] += 1;
        Evidence e = Tensors.of(input("x", shape(2, 4), analytic, n));
        assertThat(new LeakedGradientRule().findings(e)).isEmpty();
        assertThat(new BlockedGradientRule().findings(e)).isEmpty();
        Evidence allZero = Tensors.of(input("x", shape(2, 4), new double[8], n));
        assertThat(new BlockedGradientRule().findings(allZero)).isEmpty();
    }
}
