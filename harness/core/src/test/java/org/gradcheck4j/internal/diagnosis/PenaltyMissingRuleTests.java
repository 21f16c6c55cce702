package org.gradcheck4j.internal.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PenaltyMissingRuleTests {

    private final PenaltyMissingRule rule = new PenaltyMissingRule();

    @Test
    void firesWhenTheAnalyticGradientIsTheDataTermAlone() {
        List<Finding> found = rule.findings(Tensors.withPenalty(PenaltyRuleFixtures.weights(1, 0)));
        assertThat(Tensors.rules(found)).containsExactly("W:penalty-gradient-missing");
        assertThat(found.get(0).hint().message()).contains("@Penalty term l2() is missing from dJ/dW")
                .contains("data term alone over all 12 components");
    }

    @Test
    void staysSilentWithoutAPenaltyOrForOtherErrors() {
        assertThat(rule.findings(Tensors.of(PenaltyRuleFixtures.weights(1, 0)))).isEmpty();
        assertThat(rule.findings(Tensors.withPenalty(PenaltyRuleFixtures.weights(1, 2)))).isEmpty();
        assertThat(rule.findings(Tensors.withPenalty(PenaltyRuleFixtures.weights(-1, 1)))).isEmpty();
    }
}
