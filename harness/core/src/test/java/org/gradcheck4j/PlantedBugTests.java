package org.gradcheck4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.gradcheck4j.testlayers.Activations;
import org.gradcheck4j.testlayers.DenseBugs;
import org.gradcheck4j.testlayers.EjmlDense;
import org.gradcheck4j.testlayers.FloatDense;
import org.gradcheck4j.testlayers.Mat;
import org.gradcheck4j.testlayers.SoftmaxRegression;
import org.gradcheck4j.testlayers.TwoLayerNet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every planted bug fails, and exactly the tensors the bug lives in fail. */
class PlantedBugTests {

    static Stream<Arguments> plantedBugs() {
        return Stream.of(
                bug("dW sign flipped", r -> GradCheck.of(new DenseBugs.SignFlippedWeightGradient(4, 3, r))
                        .input(Mat.random(4, 5, r, 1)), "W"),
                bug("db from one example", r -> GradCheck.of(new DenseBugs.WrongBiasGradient(4, 3, r))
                        .input(Mat.random(4, 5, r, 1)), "b"),
                bug("dW transposed", r -> GradCheck.of(new DenseBugs.TransposedWeightGradient(4, r))
                        .input(Mat.random(4, 5, r, 1)), "W"),
                bug("dx with W instead of Wᵀ", r -> GradCheck.of(new DenseBugs.UntransposedInputGradient(4, r))
                        .input(Mat.random(4, 5, r, 1)), "x"),
                bug("EJML db never written", r -> GradCheck.of(new EjmlDense.WithoutBiasGradient(3, 4, r))
                        .input(RandomMatrices_DDRM.rectangleGaussian(3, 5, 0, 1, r)), "b"),
                bug("EJML dW transposed", r -> GradCheck.of(new EjmlDense.WithTransposedGradient(3, r))
                        .input(RandomMatrices_DDRM.rectangleGaussian(3, 5, 0, 1, r)), "W"),
                bug("tanh derivative 1 − y", r -> GradCheck.of(new Activations.TanhWithWrongDerivative())
                        .input(Mat.random(3, 4, r, 1)), "x"),
                bug("sigmoid sign flipped", r -> GradCheck.of(new Activations.SigmoidWithSignFlip())
                        .input(new double[] {-1.2, 0.4, 2.0}), "x"),
                bug("softmax without 1/m", r -> GradCheck.of(new SoftmaxRegression.WithoutOneOverM(4, 3, r))
                        .input(Mat.random(4, 6, r, 1), SoftmaxRegression.labels(3, 6, r)), "W", "b"),
                bug("network without L2 gradient", r -> GradCheck.of(new TwoLayerNet.WithoutL2Gradient(3, 4, 1.0, 5.0, r))
                        .input(Mat.random(3, 6, r, 1), TwoLayerNet.labels(6, r)), "W[0]", "W[1]"),
                bug("dropout mask left out of backward", r -> GradCheck.of(
                        new TwoLayerNet.DropoutMaskMissingInBackward(3, 6, 0.6, 0.1, r))
                        .input(Mat.random(3, 8, r, 1), TwoLayerNet.labels(8, r)), "W[0]", "b[0]"),
                bug("float: tanh derivative forgotten", r -> GradCheck.of(new FloatDense.WithoutActivationDerivative(4, 3, r))
                        .input(FloatDense.input(4, 5, r)), "W", "b"));
    }

    private static Arguments bug(String name, Function<Random, GradCheck> check, String... failing) {
        return Arguments.of(name, check, List.of(failing));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plantedBugs")
    void isCaughtInTheRightTensor(String name, Function<Random, GradCheck> check, List<String> failing) {
        for (long seed = 1; seed <= 3; seed++) {
            GradCheckResult result = check.apply(new Random(seed)).seed(seed).run();
            assertEquals(Verdict.FAIL, result.verdict(), result::message);
            assertEquals(failing, result.failingTensors().stream().map(TensorResult::name).toList(), result::message);
        }
    }

    @Test
    void dropoutMaskBugIsInvisibleWithDropoutSwitchedOff() {
        Random r = new Random(4);
        GradCheckResult result = GradCheck.of(new TwoLayerNet.DropoutMaskMissingInBackward(3, 6, 0.6, 0.1, r))
                .input(Mat.random(3, 8, r, 1), TwoLayerNet.labels(8, r)).dropout(Dropout.OFF).run();
        assertEquals(Verdict.PASS, result.verdict(), result::message);
    }
}
