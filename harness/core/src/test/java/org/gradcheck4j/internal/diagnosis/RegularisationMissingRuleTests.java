package org.gradcheck4j.internal.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradcheck4j.internal.diagnosis.Tensors.plus;
import static org.gradcheck4j.internal.diagnosis.Tensors.random;
import static org.gradcheck4j.internal.diagnosis.Tensors.scaled;
import static org.gradcheck4j.internal.diagnosis.Tensors.shape;

import java.util.List;
import java.util.Optional;
import org.gradcheck4j.TensorResult.Kind;
import org.junit.jupiter.api.Test;

class RegularisationMissingRuleTests {

    private final RegularisationMissingRule rule = new RegularisationMissingRule();
    private final double[] w = random(12, 1);
    private final double[] data = random(12, 2);

    private static TensorEvidence tensor(Kind kind, double[] a, double[] n, double[] w) {
        return Tensors.tensor("W", kind, shape(3, 4), a, n, w, Optional.empty());
    }

    @Test
    void firesWhenTheDifferenceIsProportionalToTheWeights() {
        List<Finding> found = rule.findings(Tensors.of(tensor(Kind.PARAMETER, data, plus(data, scaled(0.25, w)), w)));
        assertThat(Tensors.rules(found)).containsExactly("W:missing-regularisation");
        assertThat(found.get(0).hint().message()).contains("n − a ≈ 0.2500·W over all 12 components")
                .contains("λ/m ≈ 0.2500");
    }

    @Test
    void callsANegativeFactorAnExtraWeightDecay() {
        List<Finding> found = rule.findings(Tensors.of(tensor(Kind.PARAMETER, plus(data, scaled(0.25, w)), data, w)));
        assertThat(found.get(0).hint().message()).contains("extra weight decay").contains("a − n ≈ 0.2500·W");
    }

    @Test
    void staysSilentForInputsZeroWeightsAndUnrelatedDifferences() {
        assertThat(rule.findings(Tensors.of(tensor(Kind.INPUT, data, plus(data, scaled(0.25, w)), w)))).isEmpty();
        assertThat(rule.findings(Tensors.of(tensor(Kind.PARAMETER, data, plus(data, random(12, 3)), new double[12]))))
                .isEmpty();
        assertThat(rule.findings(Tensors.of(tensor(Kind.PARAMETER, data, plus(data, random(12, 3)), w)))).isEmpty();
    }
}
