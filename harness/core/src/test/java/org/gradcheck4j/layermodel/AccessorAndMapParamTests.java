package org.gradcheck4j.layermodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.GradCheckConfigurationException;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.testlayers.Mat;
import org.junit.jupiter.api.Test;

/** Parameters behind accessor methods and in a {@code Map} are checked, tensor by tensor, by name. */
class AccessorAndMapParamTests {

    private final Random random = new Random(11);

    @Test
    void mapEntriesAreTensorsNamedByTheirKeysInIterationOrder() {
        GradCheckResult result = GradCheck.of(new TableDense(3, 2, random)).input(Mat.random(3, 4, random, 1)).run();
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.tensors()).extracting(TensorResult::name).containsExactly("0_W", "0_b", "x");
    }

    @Test
    void aWrongMapEntryFailsByItsKey() {
        GradCheckResult result = GradCheck.of(new TableDense.DoubledBias(3, 2, random))
                .input(Mat.random(3, 4, random, 1)).run();
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.tensor("0_b").orElseThrow().verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.tensor("0_W").orElseThrow().verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aKeyMissingFromTheGradientMapIsNamed() {
        GradCheck check = GradCheck.of(new TableDense.WrongKey(3, 2, random)).input(Mat.random(3, 4, random, 1));
        GradCheckConfigurationException e = assertThrows(GradCheckConfigurationException.class, check::run);
        assertThat(e).hasMessageContaining("@Grad method gradientTable()").hasMessageContaining("\"0_b\"");
    }

    @Test
    void accessorParametersAreNamedByTheirPropertyInMethodNameOrder() {
        GradCheckResult result = GradCheck.of(new GetterDense(3, 2, random)).input(Mat.random(3, 4, random, 1)).run();
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.tensors()).extracting(TensorResult::name).containsExactly("bias", "W", "x");
    }

    @Test
    void aWrongGradientBehindAGetterFails() {
        GradCheckResult result = GradCheck.of(new GetterDense.NegatedWeights(3, 2, random))
                .input(Mat.random(3, 4, random, 1)).run();
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.tensor("W").orElseThrow().verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.tensor("bias").orElseThrow().verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void perturbationsReachTheTensorsTheAccessorsReturn() {
        TableDense layer = new TableDense(3, 2, random);
        double[][] w = layer.paramTable().get("0_W");
        double before = w[1][2];
        GradCheck.of(layer).input(Mat.random(3, 4, random, 1)).run();
        assertThat(layer.paramTable().get("0_W")).isSameAs(w);
        assertThat(w[1][2]).isEqualTo(before);
    }
}
