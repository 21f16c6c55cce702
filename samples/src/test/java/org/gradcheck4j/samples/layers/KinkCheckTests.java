package org.gradcheck4j.samples.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.samples.activations.Relu;
import org.gradcheck4j.samples.data.Dataset;
import org.gradcheck4j.samples.data.SyntheticData;
import org.gradcheck4j.samples.init.Initializer;
import org.gradcheck4j.samples.network.DeepNetwork;
import org.junit.jupiter.api.Test;

/**
 * Inputs that sit exactly on a kink: ReLU at 0, max pooling with tied maxima, and a network whose
 * zero biases put a unit exactly at 0. A correct layer is not failed there: its analytic value is a
 * subgradient, between the one-sided derivatives, and the check says how many kinks it met.
 */
class KinkCheckTests {

    @Test
    void reluAtExactlyZeroIsAKinkNotAFailure() {
        DMatrixRMaj z = new DMatrixRMaj(2, 3, true, 0.0, 1.5, -0.7, 0.0, -1.2, 0.9);

        GradCheckResult result = GradCheck.of(new Relu()).input(z).run();

        assertPassed(result);
        assertEquals(2, input(result).kinks(), result::message);
    }

    @Test
    void maxPoolingWithTiedMaximaIsAKinkNotAFailure() {
        DMatrixRMaj x = new DMatrixRMaj(4, 1, true, 0.5, 0.5, -1.0, 0.2);

        GradCheckResult result = GradCheck.of(new MaxPool2D(1, 2, 2, 2)).input(x).run();

        assertPassed(result);
        assertTrue(input(result).kinks() >= 1, result::message);
    }

    @Test
    void maxPoolingWithoutTiesHasNoKinks() {
        DMatrixRMaj x = new DMatrixRMaj(4, 1, true, 0.5, 0.3, -1.0, 0.2);

        GradCheckResult result = GradCheck.of(new MaxPool2D(1, 2, 2, 2)).input(x).run();

        assertEquals(Verdict.PASS, result.verdict(), result::message);
        assertEquals(0, input(result).kinks(), result::message);
    }

    @Test
    void zeroBiasesWithDropoutPutAUnitOnTheKinkAndTheNetworkStillPasses() {
        // Seed 3 of the gallery's network case with zero biases: an example whose first hidden
        // layer is entirely dropped or dead reaches the second with Z = b = 0 exactly.
        Random r = new Random(3);
        DeepNetwork net = new DeepNetwork(new int[] {2, 5, 4, 1}, Initializer.HE, 0.7, 0.8, r);
        Dataset data = SyntheticData.circle(8, r);

        GradCheckResult result = GradCheck.of(net).input(data.x(), data.y()).seed(3).run();

        assertPassed(result);
        int kinks = result.tensors().stream().mapToInt(TensorResult::kinks).sum();
        assertTrue(kinks >= 1, result::message);
    }

    private static TensorResult input(GradCheckResult result) {
        List<TensorResult> inputs = result.tensors().stream().filter(t -> t.kind() == TensorResult.Kind.INPUT)
                .toList();
        assertEquals(1, inputs.size());
        return inputs.get(0);
    }

    private static void assertPassed(GradCheckResult result) {
        assertTrue(result.verdict() == Verdict.PASS || result.verdict() == Verdict.MARGINAL, result::message);
    }
}
