package org.gradcheck4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import java.util.function.Supplier;
import org.gradcheck4j.testlayers.KinkLayers;
import org.junit.jupiter.api.Test;

/**
 * The directional mode at kinks: correct ReLU, leaky ReLU, max-pool and abs layers never FAIL on
 * inputs drawn on and near their kinks, and each layer's planted bug is always caught.
 */
class DirectionalKinkTests {

    private static final int TRIES = Integer.getInteger("gradcheck4j.directionalKinkTries", 300);

    @Test
    void relu() {
        neverFails("relu", KinkLayers.Relu::new);
        alwaysCaught("relu with inverted mask", KinkLayers.ReluWithInvertedMask::new);
    }

    @Test
    void leakyRelu() {
        neverFails("leaky relu", KinkLayers.LeakyRelu::new);
        alwaysCaught("leaky relu without slope", KinkLayers.LeakyReluWithoutSlope::new);
    }

    @Test
    void maxPool() {
        neverFails("max-pool", KinkLayers.MaxPool::new);
        alwaysCaught("max-pool to first", KinkLayers.MaxPoolToFirst::new);
    }

    @Test
    void abs() {
        neverFails("abs", KinkLayers.Abs::new);
        alwaysCaught("abs without sign", KinkLayers.AbsWithoutSign::new);
    }

    @Test
    void denseReluOnParameterKinks() {
        for (long seed = 0; seed < 50; seed++) {
            double[] x = {0.8, -1.1, 0.4};
            KinkLayers.DenseRelu layer = KinkLayers.DenseRelu.onKink(x, 4, new Random(seed));
            GradCheckResult r = GradCheck.of(layer).input(x).seed(seed).mode(CheckMode.DIRECTIONAL).run();
            assertNotEquals(Verdict.FAIL, r.verdict(), r::message);
            KinkLayers.DenseRelu buggy = KinkLayers.DenseRelu.onKink(x, 4, new Random(seed));
            GradCheckResult b = GradCheck.of(new KinkLayers.DenseReluWithSignFlip(buggy.weights(), buggy.bias()))
                    .input(x).seed(seed).mode(CheckMode.DIRECTIONAL).run();
            assertEquals(Verdict.FAIL, b.verdict(), b::message);
            assertEquals("W", b.failingTensors().get(0).name(), b::message);
        }
    }

    private static void neverFails(String name, Supplier<Object> layer) {
        Random random = new Random(name.hashCode());
        for (int t = 0; t < TRIES; t++) {
            long seed = random.nextLong();
            GradCheckResult r = GradCheck.of(layer.get()).input(KinkPropertyTests.nearKinks(new Random(seed)))
                    .seed(seed).mode(CheckMode.DIRECTIONAL).run();
            assertNotEquals(Verdict.FAIL, r.verdict(), () -> name + ", input seed " + seed + ":\n" + r.message());
        }
    }

    /** The seeds of {@code KinkPropertyTests}, where the exhaustive mode catches every bug. */
    private static void alwaysCaught(String name, Supplier<Object> layer) {
        Random random = new Random(~name.hashCode());
        for (int t = 0; t < 50; t++) {
            long seed = random.nextLong();
            GradCheckResult r = GradCheck.of(layer.get()).input(KinkPropertyTests.nearKinks(new Random(seed)))
                    .seed(seed).mode(CheckMode.DIRECTIONAL).run();
            assertEquals(Verdict.FAIL, r.verdict(), () -> name + ", input seed " + seed + ":\n" + r.message());
        }
    }
}
