package org.gradcheck4j.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.testlayers.Dense;
import org.gradcheck4j.testlayers.EjmlDense;
import org.gradcheck4j.testlayers.Mat;
import org.gradcheck4j.testlayers.SoftmaxRegression;
import org.gradcheck4j.testlayers.TwoLayerNet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Correct layers checked against thresholds so strict that rounding noise alone keeps them from a
 * clean PASS (MARGINAL or FAIL), so the diagnosis runs: no rule may read a pattern into the noise.
 */
class CorrectLayersGetNoHintsTests {

    static Stream<Arguments> correctLayers() {
        return Stream.of(
                Arguments.of("dense", (Function<Random, GradCheck>) r -> GradCheck.of(new Dense(4, 4, r))
                        .input(Mat.random(4, 5, r, 1))),
                Arguments.of("EJML dense", (Function<Random, GradCheck>) r -> GradCheck.of(new EjmlDense(3, 3, r))
                        .input(RandomMatrices_DDRM.rectangleGaussian(3, 5, 0, 1, r))),
                Arguments.of("softmax", (Function<Random, GradCheck>) r -> GradCheck.of(new SoftmaxRegression(4, 3, r))
                        .input(Mat.random(4, 6, r, 1), SoftmaxRegression.labels(3, 6, r))),
                Arguments.of("network with L2 and dropout", (Function<Random, GradCheck>) r -> GradCheck.of(
                        new TwoLayerNet(3, 4, 0.7, 2.0, r)).input(Mat.random(3, 6, r, 1), TwoLayerNet.labels(6, r))),
                Arguments.of("ridge", (Function<Random, GradCheck>) r -> GradCheck.of(new Ridge(4, 3, 2.0, r))
                        .input(Mat.random(4, 6, r, 1), Ridge.targets(3, 6, r))),
                Arguments.of("linear chain", (Function<Random, GradCheck>) r -> GradCheck.of(new LinearChain(3, r))
                        .input(Mat.random(3, 4, r, 1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("correctLayers")
    void noiseIsNotDiagnosed(String layer, Function<Random, GradCheck> check) {
        for (long seed = 1; seed <= 3; seed++) {
            GradCheckResult result = check.apply(new Random(seed)).seed(seed).thresholds(1e-17, 1e-17, 1e-16).run();
            assertNotEquals(Verdict.PASS, result.verdict(), result::message);
            assertThat(result.hints()).as(result::message).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("correctLayers")
    void passingChecksCarryNoHints(String layer, Function<Random, GradCheck> check) {
        GradCheckResult result = check.apply(new Random(7)).seed(7).run();
        assertThat(result.verdict().passes(true)).as(result::message).isTrue();
        assertThat(result.hints()).isEmpty();
    }
}
