package org.gradcheck4j.internal.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PenaltyFactorRuleTests {

    private final PenaltyFactorRule rule = new PenaltyFactorRule();

    @Test
    void namesTheFactorOfThePenaltysPart() {
        List<Finding> found = rule.findings(Tensors.withPenalty(PenaltyRuleFixtures.weights(1, 2)));
        assertThat(Tensors.rules(found)).containsExactly("W:penalty-gradient-factor");
        assertThat(found.get(0).hint().message()).contains("wrong by a factor 2.000: a − n_data ≈ 2.000·n_pen")
                .contains("k ≈ 2");
    }

    @Test
    void callsMinusOneASubtractedPenalty() {
        List<Finding> found = rule.findings(Tensors.withPenalty(PenaltyRuleFixtures.weights(1, -1)));
        assertThat(found.get(0).hint().message()).contains("subtracted instead of added");
    }

    @Test
    void staysSilentWhenThePenaltyPartIsMissingOrTheDataTermIsWrong() {
        assertThat(rule.findings(Tensors.withPenalty(PenaltyRuleFixtures.weights(1, 0)))).isEmpty();
        assertThat(rule.findings(Tensors.withPenalty(PenaltyRuleFixtures.weights(-1, 1)))).isEmpty();
        assertThat(rule.findings(Tensors.withPenalty(PenaltyRuleFixtures.weightsWithUnrelatedError()))).isEmpty();
    }
}
