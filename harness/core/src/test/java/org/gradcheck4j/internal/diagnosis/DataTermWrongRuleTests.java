package org.gradcheck4j.internal.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataTermWrongRuleTests {

    private final DataTermWrongRule rule = new DataTermWrongRule();

    @Test
    void namesAFlippedSignInTheDataTerm() {
        List<Finding> found = rule.findings(Tensors.withPenalty(PenaltyRuleFixtures.weights(-1, 1)));
        assertThat(Tensors.rules(found)).containsExactly("W:data-term-wrong");
        assertThat(found.get(0).hint().message()).contains("the data term's gradient of W is wrong, not the @Penalty's")
                .contains("a − n_pen ≈ -1.000·n_data").contains("its sign is flipped").endsWith("with λ = 0.");
    }

    @Test
    void blamesTheDataTermWhenNoFactorFits() {
        List<Finding> found = rule.findings(Tensors.withPenalty(PenaltyRuleFixtures.weightsWithUnrelatedError()));
        assertThat(found.get(0).hint().message()).contains("data term's gradient of W is wrong").doesNotContain("≈");
    }

    @Test
    void staysSilentWhenThePenaltyExplainsTheError() {
        assertThat(rule.findings(Tensors.withPenalty(PenaltyRuleFixtures.weights(1, 0)))).isEmpty();
        assertThat(rule.findings(Tensors.withPenalty(PenaltyRuleFixtures.weights(1, 2)))).isEmpty();
        assertThat(rule.findings(Tensors.of(PenaltyRuleFixtures.weights(-1, 1)))).isEmpty();
    }
}
