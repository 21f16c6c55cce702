package org.gradcheck4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import java.util.function.Supplier;
import org.gradcheck4j.internal.ResultListeners;
import org.gradcheck4j.testlayers.KinkLayers;
import org.junit.jupiter.api.Test;

/**
 * No false FAIL at kinks: correct ReLU, leaky ReLU, max-pool and abs layers pass on inputs drawn to
 * lie on and near their kinks, while the planted bugs in the same layers are still caught. The number
 * of generated cases per layer is {@code -Dgradcheck4j.kinkTries} (default 2,500: 10,000 in all).
 */
class KinkPropertyTests {

    private static final int TRIES = Integer.getInteger("gradcheck4j.kinkTries", 2_500);

    /**
     * A vector whose elements sit on the kink (0), within the step of it (±1e-12 … ±1e-6), or well
     * away from it. The first pair is (clearly positive, clearly negative) and the last pair the
     * reverse, so that every planted bug has somewhere to show; every pair from the second on, in
     * steps of two pairs, is a tie or a near-tie (for max-pooling).
     */
    static double[] nearKinks(Random random) {
        int n = 2 * (3 + random.nextInt(6));
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            if (i < 2 || i >= n - 2) {
                x[i] = (0.5 + random.nextDouble()) * (i % 2 == 0 ? 1 : -1) * (i < 2 ? 1 : -1);
            } else if (u < 0.25) {
                x[i] = 0;
            } else if (u < 0.6) {
                x[i] = Math.copySign(Math.pow(10, -12 + 6 * random.nextDouble()), random.nextGaussian());
            } else {
                x[i] = random.nextGaussian();
            }
        }
        for (int k = 2; k < n - 2; k += 4) {
            x[k + 1] = random.nextBoolean() ? x[k] : x[k] + Math.copySign(1e-9, random.nextGaussian());
        }
        return x;
    }

    private static void neverFails(String name, Supplier<Object> layer) {
        Random random = new Random(name.hashCode());
        int kinks = 0;
        for (int t = 0; t < TRIES; t++) {
            long seed = random.nextLong();
            double[] x = nearKinks(new Random(seed));
            GradCheckResult r = GradCheck.of(layer.get()).input(x).seed(seed).run();
            if (!r.passes(false)) {
                fail(name + " failed falsely for input seed " + seed + ":\n" + r.message());
            }
            kinks += r.tensors().stream().mapToInt(TensorResult::kinks).sum() + r.notes().stream()
                    .filter(n -> n.kind() == Note.Kind.RECHECKED).mapToInt(n -> n.subjects().size()).sum();
        }
        assertTrue(kinks > TRIES / 2, name + ": the generated inputs must actually hit kinks (components on a kink,"
                + " or judged at a smaller step than the one that crossed a kink), hit " + kinks);
    }

    private static void alwaysCaught(String name, Supplier<Object> buggy) {
        Random random = new Random(~name.hashCode());
        for (int t = 0; t < Math.max(20, TRIES / 50); t++) {
            long seed = random.nextLong();
            GradCheckResult r = GradCheck.of(buggy.get()).input(nearKinks(new Random(seed))).seed(seed).run();
            assertEquals(Verdict.FAIL, r.verdict(), () -> name + " missed for seed " + seed + ":\n" + r.message());
        }
    }

    /** Both halves of the property, with the thousands of tries kept out of the HTML report. */
    private static void property(String name, Supplier<Object> correct, String bugName, Supplier<Object> buggy) {
        ResultListeners.muted(() -> {
            neverFails(name, correct);
            alwaysCaught(bugName, buggy);
            return null;
        });
    }

    @Test
    void reluNeverFailsFalselyAndItsBugIsCaught() {
        property("relu", KinkLayers.Relu::new, "relu with inverted mask", KinkLayers.ReluWithInvertedMask::new);
    }

    @Test
    void leakyReluNeverFailsFalselyAndItsBugIsCaught() {
        property("leaky relu", KinkLayers.LeakyRelu::new, "leaky relu without slope",
                KinkLayers.LeakyReluWithoutSlope::new);
    }

    @Test
    void maxPoolNeverFailsFalselyAtTiesAndItsBugIsCaught() {
        property("max-pool", KinkLayers.MaxPool::new, "max-pool to first", KinkLayers.MaxPoolToFirst::new);
    }

    @Test
    void absNeverFailsFalselyAndItsBugIsCaught() {
        property("abs", KinkLayers.Abs::new, "abs without sign", KinkLayers.AbsWithoutSign::new);
    }

    @Test
    void parameterKinksOfADenseReluAreAcceptedAndASignBugIsStillCaught() {
        for (long seed = 0; seed < 50; seed++) {
            Random random = new Random(seed);
            double[] x = {0.8, -1.1, 0.4};
            KinkLayers.DenseRelu layer = KinkLayers.DenseRelu.onKink(x, 4, random);
            GradCheckResult r = GradCheck.of(layer).input(x).seed(seed).run();
            assertTrue(r.passes(false), r::message);
            KinkLayers.DenseRelu buggy = KinkLayers.DenseRelu.onKink(x, 4, new Random(seed));
            GradCheckResult b = GradCheck.of(new KinkLayers.DenseReluWithSignFlip(buggy.weights(), buggy.bias()))
                    .input(x).seed(seed).run();
            assertEquals(Verdict.FAIL, b.verdict(), b::message);
            assertEquals("W", b.failingTensors().get(0).name(), b::message);
        }
    }
}
