package org.gradcheck4j.layermodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.function.Function;
import org.gradcheck4j.CheckMode;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.GradCheckConfigurationException;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Hint;
import org.gradcheck4j.Note;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.testlayers.Mat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every non-constant input is checked, and every output contributes its own R to J. */
class SeveralInputsAndOutputsTests {

    private final Random random = new Random(5);

    private GradCheck gate(Function<Random, Object> layer) {
        return GradCheck.of(layer.apply(random)).input(Mat.random(3, 4, random, 1), Mat.random(2, 4, random, 1));
    }

    @Test
    void bothInputGradientsAreChecked() {
        GradCheckResult result = gate(r -> new Gate(3, 2, r)).run();
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.tensors()).extracting(TensorResult::name).containsExactly("W", "x", "z");
        assertThat(result.tensors()).extracting(TensorResult::kind)
                .containsExactly(TensorResult.Kind.PARAMETER, TensorResult.Kind.INPUT, TensorResult.Kind.INPUT);
    }

    @ParameterizedTest
    @EnumSource(value = CheckMode.class, names = {"EXHAUSTIVE", "DIRECTIONAL", "SAMPLED"})
    void aBugOnlyInTheSecondInputsGradientFailsOnThatInput(CheckMode mode) {
        GradCheckResult result = gate(r -> new Gate.WrongZGradient(3, 2, r)).mode(mode).run();
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.tensor("z").orElseThrow().verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.tensor("x").orElseThrow().verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.tensor("W").orElseThrow().verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void theHintSaysWhichInputsPathIsWrong() {
        GradCheckResult result = gate(r -> new Gate.WrongZGradient(3, 2, r)).run();
        assertThat(result.hints()).extracting(Hint::rule).contains("input-path");
        assertThat(result.hints()).filteredOn(h -> h.rule().equals("input-path")).singleElement()
                .satisfies(h -> assertThat(h.tensor()).isEqualTo("z"));
    }

    @Test
    void gradientsReturnedAsAListAreUnderstood() {
        assertThat(gate(r -> new Gate.AsList(3, 2, r)).run().tensors()).extracting(TensorResult::name)
                .containsExactly("W", "x", "z");
    }

    @Test
    void parallelReplicasCheckEveryInput() {
        long seed = 9;
        GradCheckResult result = GradCheck.of(() -> new Gate.WrongZGradient(12, 8, new Random(seed)))
                .input(Mat.random(12, 10, random, 1), Mat.random(8, 10, random, 1)).threads(2).run();
        assertThat(result.tensor("z").orElseThrow().verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.tensor("x").orElseThrow().verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.notes()).anyMatch(n -> n.kind() == Note.Kind.THREADS && n.text().contains("split over 2"));
    }

    @Test
    void aBackwardReturningOnlyDxIsAConfigurationErrorNamingTheInputsAndTheFixes() {
        GradCheckConfigurationException e = assertThrows(GradCheckConfigurationException.class,
                () -> GradCheck.of(new Gate.OnlyDx()));
        assertThat(e).hasMessageContaining("@Backward method backward(double[][])")
                .hasMessageContaining("2 non-constant inputs, x, z")
                .hasMessageContaining("Tensors.of(dx, dz)")
                .hasMessageContaining("@Constant");
    }

    @Test
    void tooFewReturnedGradientsAreAConfigurationErrorNamingTheMissingInput() {
        GradCheck check = gate(r -> new Gate.OneOfTwo(3, 2, r));
        GradCheckConfigurationException e = assertThrows(GradCheckConfigurationException.class, check::run);
        assertThat(e).hasMessageContaining("returned 1 gradient(s)").hasMessageContaining("dJ/dz would go unchecked")
                .hasMessageContaining("@Constant");
    }

    @Test
    void bothOutputsEnterTheCostAndAreNamedInANote() {
        GradCheckResult result = GradCheck.of(new TwoOutputs(3, 2, random)).input(Mat.random(3, 4, random, 1)).run();
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.notes()).filteredOn(n -> n.kind() == Note.Kind.OUTPUTS).singleElement()
                .satisfies(n -> assertThat(n.subjects()).containsExactly("p", "q"));
    }

    @ParameterizedTest
    @EnumSource(value = CheckMode.class, names = {"EXHAUSTIVE", "DIRECTIONAL", "SAMPLED"})
    void aBugInTheSecondOutputsPathFails(CheckMode mode) {
        GradCheckResult result = GradCheck.of(new TwoOutputs.WrongSecondPath(3, 2, random))
                .input(Mat.random(3, 4, random, 1)).mode(mode).run();
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.tensor("x").orElseThrow().verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.tensor("W").orElseThrow().verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void parallelReplicasCheckEveryOutput() {
        double[][] x = Mat.random(12, 10, random, 1);
        GradCheckResult result = GradCheck.of(() -> new TwoOutputs.WrongSecondPath(12, 8, new Random(4))).input(x)
                .threads(2).run();
        assertThat(result.tensor("x").orElseThrow().verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.tensor("W").orElseThrow().verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.notes()).anyMatch(n -> n.kind() == Note.Kind.THREADS && n.text().contains("split over 2"));
    }

    @Test
    void theHintNamesTheOutputWhosePathIsWrong() {
        GradCheckResult result = GradCheck.of(new TwoOutputs.WrongSecondPath(3, 2, random))
                .input(Mat.random(3, 4, random, 1)).run();
        assertThat(result.hints()).filteredOn(h -> h.rule().equals("output-path")).singleElement()
                .satisfies(h -> assertThat(h.message()).contains("output q").contains("p passes"));
    }

    @Test
    void everyDyCanComeInOneTensorsArgument() {
        GradCheckResult result = GradCheck.of(new TwoOutputs.OneArgument(3, 2, random))
                .input(Mat.random(3, 4, random, 1)).run();
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    }
}
