package org.gradcheck4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
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
import org.junit.jupiter.params.provider.ValueSource;

class CorrectLayersPassTests {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void denseOnArraysPassesAndChecksEveryTensor(long seed) {
        Random r = new Random(seed);
        GradCheckResult result = GradCheck.of(new Dense(4, 3, r)).input(Mat.random(4, 5, r, 1)).seed(seed).run();
        assertEquals(Verdict.PASS, result.verdict(), result::message);
        assertEquals(List.of("W", "b", "x"), result.tensors().stream().map(TensorResult::name).toList());
        assertEquals(TensorResult.Kind.INPUT, result.tensor("x").orElseThrow().kind());
        assertEquals(List.of(3, 4), result.tensor("W").orElseThrow().shape());
        assertTrue(result.relativeError() < 1e-7);
    }

    @Test
    void denseOnEjmlPasses() {
        Random r = new Random(5);
        GradCheckResult result = GradCheck.of(new EjmlDense(3, 4, r))
                .input(RandomMatrices_DDRM.rectangleGaussian(3, 6, 0, 1, r)).run();
        assertEquals(Verdict.PASS, result.verdict(), result::message);
        assertEquals(3, result.tensors().size());
    }

    @Test
    void tanhAndSigmoidPassOnTheirInputGradient() {
        Random r = new Random(7);
        GradCheckResult tanh = GradCheck.of(new Activations.Tanh()).input(Mat.random(3, 4, r, 1)).run();
        GradCheckResult sigmoid = GradCheck.of(new Activations.Sigmoid()).input(new double[] {-2, -0.5, 0.3, 1.7}).run();
        assertEquals(Verdict.PASS, tanh.verdict(), tanh::message);
        assertEquals(Verdict.PASS, sigmoid.verdict(), sigmoid::message);
        assertEquals(TensorResult.Kind.INPUT, sigmoid.tensors().get(0).kind());
    }

    @Test
    void softmaxCrossEntropyWithConstantLabelsPasses() {
        Random r = new Random(11);
        GradCheckResult result = GradCheck.of(new SoftmaxRegression(4, 3, r))
                .input(Mat.random(4, 6, r, 1), SoftmaxRegression.labels(3, 6, r)).run();
        assertEquals(Verdict.PASS, result.verdict(), result::message);
        assertEquals(List.of("W", "b"), result.tensors().stream().map(TensorResult::name).toList());
    }

    @Test
    void networkWithPenaltyAndDropoutPassesWithDropoutOffAndWithFrozenMask() {
        for (Dropout mode : new Dropout[] {Dropout.OFF, Dropout.FROZEN_MASK}) {
            Random r = new Random(13);
            TwoLayerNet net = new TwoLayerNet(3, 5, 0.7, 0.4, r);
            GradCheckResult result = GradCheck.of(net).input(Mat.random(3, 8, r, 1), TwoLayerNet.labels(8, r))
                    .dropout(mode).run();
            assertEquals(Verdict.PASS, result.verdict(), result::message);
            assertEquals(List.of("W[0]", "W[1]", "b[0]", "b[1]"),
                    result.tensors().stream().map(TensorResult::name).toList());
        }
    }

    @Test
    void floatLayerPassesWithFloatStepAndThresholds() {
        for (long seed = 1; seed <= 5; seed++) {
            Random r = new Random(seed);
            GradCheckResult result = GradCheck.of(new FloatDense(4, 3, r)).input(FloatDense.input(4, 5, r)).run();
            assertTrue(result.passes(false), result::message);
            assertEquals(Thresholds.FLOAT, result.thresholds());
            assertEquals(1e-2, result.epsilon());
            assertTrue(result.notes().stream().anyMatch(n -> n.text().contains("float")), result::message);
        }
    }

    @Test
    void trainingFirstMovesTheWeightsAndTheCheckStillPasses() {
        Random r = new Random(17);
        Dense dense = new Dense(3, 2, r);
        double[][] before = Mat.copy(dense.weights());
        GradCheckResult result = GradCheck.of(dense).input(Mat.random(3, 4, r, 1)).train(20).run();
        assertEquals(Verdict.PASS, result.verdict(), result::message);
        assertEquals(20, result.trainingSteps());
        assertTrue(Math.abs(dense.weights()[0][0] - before[0][0]) > 1e-3, "training moved W");
    }
}
