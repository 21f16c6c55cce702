package org.gradcheck4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.gradcheck4j.testlayers.Activations;
import org.gradcheck4j.testlayers.Dense;
import org.gradcheck4j.testlayers.EjmlDense;
import org.gradcheck4j.testlayers.FloatDense;
import org.gradcheck4j.testlayers.Mat;
import org.gradcheck4j.testlayers.SoftmaxRegression;
import org.gradcheck4j.testlayers.TwoLayerNet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The directional (fast) mode catches what the exhaustive mode catches, at a cost independent of N. */
class DirectionalModeTests {

    static Stream<Arguments> plantedBugs() {
        return PlantedBugTests.plantedBugs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plantedBugs")
    void catchesEveryPlantedBugInTheRightTensor(String name, Function<Random, GradCheck> check, List<String> failing) {
        for (long seed = 1; seed <= 3; seed++) {
            GradCheckResult result = check.apply(new Random(seed)).seed(seed).mode(CheckMode.DIRECTIONAL).run();
            assertEquals(CheckMode.DIRECTIONAL, result.mode());
            assertEquals(Verdict.FAIL, result.verdict(), result::message);
            assertEquals(failing, result.failingTensors().stream().map(TensorResult::name).toList(), result::message);
        }
    }

    static Stream<Arguments> correctLayers() {
        return Stream.of(
                Arguments.of("dense", (Function<Random, GradCheck>) r -> GradCheck.of(new Dense(4, 3, r))
                        .input(Mat.random(4, 5, r, 1))),
                Arguments.of("EJML dense", (Function<Random, GradCheck>) r -> GradCheck.of(new EjmlDense(3, 4, r))
                        .input(RandomMatrices_DDRM.rectangleGaussian(3, 6, 0, 1, r))),
                Arguments.of("tanh", (Function<Random, GradCheck>) r -> GradCheck.of(new Activations.Tanh())
                        .input(Mat.random(3, 4, r, 1))),
                Arguments.of("softmax", (Function<Random, GradCheck>) r -> GradCheck.of(new SoftmaxRegression(4, 3, r))
                        .input(Mat.random(4, 6, r, 1), SoftmaxRegression.labels(3, 6, r))),
                Arguments.of("network", (Function<Random, GradCheck>) r -> GradCheck.of(new TwoLayerNet(3, 5, 0.7, 0.4, r))
                        .input(Mat.random(3, 8, r, 1), TwoLayerNet.labels(8, r))),
                Arguments.of("wide dense", (Function<Random, GradCheck>) r -> GradCheck.of(new Dense(120, 80, r))
                        .input(Mat.random(120, 3, r, 1))),
                Arguments.of("trained network", (Function<Random, GradCheck>) r -> GradCheck.of(
                        new TwoLayerNet(6, 20, 1.0, 0.1, r)).input(Mat.random(6, 10, r, 1), TwoLayerNet.labels(10, r))
                        .train(30)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("correctLayers")
    void passesCorrectLayersNoWorseThanTheExhaustiveMode(String name, Function<Random, GradCheck> check) {
        for (long seed = 1; seed <= 5; seed++) {
            GradCheckResult result = check.apply(new Random(seed)).seed(seed).mode(CheckMode.DIRECTIONAL).run();
            GradCheckResult exhaustive = check.apply(new Random(seed)).seed(seed).mode(CheckMode.EXHAUSTIVE).run();
            assertTrue(result.passes(true), result::message);
            assertTrue(result.verdict().compareTo(exhaustive.verdict()) <= 0,
                    () -> result.message() + "\nexhaustive:\n" + exhaustive.message());
        }
    }

    @Test
    void correctFloatLayerPasses() {
        for (long seed = 1; seed <= 5; seed++) {
            Random r = new Random(seed);
            GradCheckResult result = GradCheck.of(new FloatDense(30, 20, r)).input(FloatDense.input(30, 5, r))
                    .seed(seed).mode(CheckMode.DIRECTIONAL).run();
            assertTrue(result.passes(false), result::message);
        }
    }

    @Test
    void costDoesNotGrowWithTheNumberOfParameters() {
        Random r = new Random(3);
        long small = GradCheck.of(new Dense(40, 40, r)).input(Mat.random(40, 2, r, 1))
                .mode(CheckMode.DIRECTIONAL).run().evaluations();
        long large = GradCheck.of(new Dense(400, 400, r)).input(Mat.random(400, 2, r, 1))
                .mode(CheckMode.DIRECTIONAL).run().evaluations();
        int tensors = 3;
        long perDirection = 2 + 4;
        long bound = tensors * (3 * perDirection + 2L * 16) + 4;
        assertTrue(small <= bound, "evaluations for 1,640 parameters: " + small + ", bound " + bound);
        assertTrue(large <= bound, "evaluations for 160,400 parameters: " + large + ", bound " + bound);
    }

    @Test
    void aCompletelyWrongGradientFailsHoweverLargeTheTensor() {
        Random r = new Random(9);
        GradCheckResult result = GradCheck.of(new RandomWeightGradient(400, 400, r)).input(Mat.random(400, 2, r, 1))
                .mode(CheckMode.DIRECTIONAL).run();
        assertEquals(List.of("W"), result.failingTensors().stream().map(TensorResult::name).toList(), result::message);
        assertTrue(result.tensor("W").orElseThrow().relativeError() > 0.1, result::message);
    }

    @Test
    void uncheckedComponentsAreNaNAndCheckedOnesCounted() {
        Random r = new Random(5);
        GradCheckResult result = GradCheck.of(new Dense(100, 100, r)).input(Mat.random(100, 2, r, 1))
                .mode(CheckMode.DIRECTIONAL).run();
        TensorResult w = result.tensor("W").orElseThrow();
        double[] numeric = w.numeric();
        long present = java.util.Arrays.stream(numeric).filter(v -> !Double.isNaN(v)).count();
        assertEquals(w.checked(), present);
        assertTrue(w.checked() > 0 && w.checked() < w.size(), "checked " + w.checked());
        assertFalse(w.worst().isEmpty());
        assertTrue(w.worst().stream().noneMatch(c -> Double.isNaN(c.numeric())));
    }

    /** A dense layer whose dW is replaced by noise of the right scale. */
    static class RandomWeightGradient extends Dense {
        RandomWeightGradient(int in, int out, Random random) {
            super(in, out, random);
        }

        @Override
        public double[][] backward(double[][] dy) {
            double[][] dx = super.backward(dy);
            Random noise = new Random(99);
            for (double[] row : dW) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = noise.nextGaussian() * Math.abs(row[j]);
                }
            }
            return dx;
        }
    }

    @Test
    void gradientsBelowTheRoundingFloorAreMarginalNotFailInTheDirectionalModeToo() {
        Random random = new Random(3);
        double[][] saturated = Mat.random(3, 4, random, 1e4);
        GradCheckResult tanh = GradCheck.of(new Activations.Tanh()).input(saturated).mode(CheckMode.DIRECTIONAL).run();
        assertTrue(tanh.passes(false), tanh::message);
        GradCheckResult sigmoid = GradCheck.of(new Activations.Sigmoid()).input(new double[] {-705, 40, -40, 38})
                .mode(CheckMode.DIRECTIONAL).run();
        assertTrue(sigmoid.passes(false), sigmoid::message);
        for (long seed = 0; seed < 100; seed++) {
            Random r = new Random(seed);
            GradCheckResult cancelling = GradCheck.of(new AccuracyTests.LargeBiasDense(5, 6, r))
                    .input(Mat.random(5, 1, r, 1e-6)).seed(seed).mode(CheckMode.DIRECTIONAL).run();
            assertTrue(cancelling.passes(false), cancelling::message);
        }
    }

    @Test
    void aWrongBiasGradientStillFailsInTheDirectionalModeAmongTermsThatCancel() {
        for (long seed = 0; seed < 20; seed++) {
            Random r = new Random(seed);
            GradCheckResult result = GradCheck.of(new AccuracyTests.LargeBiasDenseWithWrongBiasGradient(5, 6, r))
                    .input(Mat.random(5, 1, r, 1e-6)).seed(seed).mode(CheckMode.DIRECTIONAL).run();
            assertEquals(Verdict.FAIL, result.verdict(), result::message);
        }
    }
}
