package org.gradcheck4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.gradcheck4j.testlayers.Dense;
import org.gradcheck4j.testlayers.DenseBugs;
import org.gradcheck4j.testlayers.Mat;
import org.gradcheck4j.testlayers.TwoLayerNet;
import org.junit.jupiter.api.Test;

/** threads(n) with a factory gives the single-threaded result, bit for bit. */
class ParallelCheckTests {

    @Test
    void denseLayerGivesTheSameResultOnTwoAndThreeThreads() {
        double[][] x = Mat.random(40, 3, new Random(2), 1);
        Supplier<Dense> factory = () -> new Dense(40, 30, new Random(1));
        GradCheckResult single = GradCheck.of(factory).input(Mat.copy(x)).run();
        for (int threads : new int[] {2, 3}) {
            GradCheckResult parallel = GradCheck.of(factory).input(Mat.copy(x)).threads(threads).run();
            assertIdentical(single, parallel);
            assertTrue(parallel.notes().stream().anyMatch(n -> n.text().contains("split over " + threads + " threads")),
                    parallel::message);
        }
    }

    @Test
    void threadsThatCannotBeUsedAreNotedNotSilentlyDropped() {
        Supplier<Dense> small = () -> new Dense(3, 2, new Random(1));
        GradCheckResult tiny = GradCheck.of(small).input(Mat.random(3, 2, new Random(2), 1)).threads(2).run();
        assertEquals(Verdict.PASS, tiny.verdict(), tiny::message);
        assertTrue(tiny.notes().stream().anyMatch(n -> n.text().startsWith("threads(2) not used: θ has 14 components")),
                tiny::message);
        Supplier<Dense> large = () -> new Dense(40, 30, new Random(1));
        for (CheckMode mode : new CheckMode[] {CheckMode.DIRECTIONAL, CheckMode.SAMPLED}) {
            GradCheckResult r = GradCheck.of(large).input(Mat.random(40, 3, new Random(2), 1)).threads(2).mode(mode)
                    .run();
            assertTrue(r.notes().stream().anyMatch(n -> n.text().startsWith("threads(2) not used: the "
                    + mode.name().toLowerCase(Locale.ROOT) + " mode")), r::message);
        }
    }

    @Test
    void trainedNetworkWithPenaltyAndFrozenDropoutGivesTheSameResult() {
        Random data = new Random(5);
        double[][] x = Mat.random(4, 10, data, 1);
        double[][] y = TwoLayerNet.labels(10, data);
        Supplier<TwoLayerNet> factory = () -> new TwoLayerNet(4, 30, 0.8, 0.3, new Random(3));
        GradCheckResult single = GradCheck.of(factory).input(x, y).train(15).run();
        GradCheckResult parallel = GradCheck.of(factory).input(x, y).train(15).threads(2).run();
        assertEquals(15, parallel.trainingSteps());
        assertIdentical(single, parallel);
    }

    @Test
    void aPlantedBugIsCaughtInTheSameTensor() {
        Random data = new Random(8);
        double[][] x = Mat.random(30, 4, data, 1);
        GradCheckResult result = GradCheck.of(() -> new DenseBugs.SignFlippedWeightGradient(30, 20, new Random(4)))
                .input(x).threads(2).run();
        assertEquals(Verdict.FAIL, result.verdict(), result::message);
        assertEquals(List.of("W"), result.failingTensors().stream().map(TensorResult::name).toList());
    }

    @Test
    void countsTheWorkersEvaluationsAndRestoresTheInput() {
        double[][] x = Mat.random(30, 2, new Random(6), 1);
        double[][] before = Mat.copy(x);
        GradCheckResult result = GradCheck.of(() -> new Dense(30, 20, new Random(7))).input(x).threads(2).run();
        long components = 30 * 20 + 20 + 30 * 2;
        assertTrue(result.evaluations() >= 2 * components, "evaluations " + result.evaluations());
        for (int i = 0; i < x.length; i++) {
            assertArrayEquals(before[i], x[i]);
        }
    }

    @Test
    void moreThanOneThreadWithoutAFactoryIsAConfigurationError() {
        Random r = new Random(1);
        GradCheck check = GradCheck.of(new Dense(3, 2, r)).input(Mat.random(3, 2, r, 1)).threads(2);
        GradCheckConfigurationException e = assertThrows(GradCheckConfigurationException.class, check::run);
        assertTrue(e.getMessage().contains("GradCheck.threads(2)"), e.getMessage());
        assertTrue(e.getMessage().contains("GradCheck.of(() -> new Dense(...))"), e.getMessage());
    }

    @Test
    void aFactoryThatBuildsUnequalLayersIsRefused() {
        AtomicInteger built = new AtomicInteger();
        double[][] x = Mat.random(20, 2, new Random(2), 1);
        GradCheck check = GradCheck.of(() -> new ScaledDense(20, 10, built.incrementAndGet())).input(x).threads(2);
        GradCheckConfigurationException e = assertThrows(GradCheckConfigurationException.class, check::run);
        assertTrue(e.getMessage().contains("GradCheck.of(Supplier) factory"), e.getMessage());
        assertTrue(e.getMessage().contains("state outside the @Param fields differs"), e.getMessage());
    }

    private static void assertIdentical(GradCheckResult single, GradCheckResult parallel) {
        assertEquals(single.verdict(), parallel.verdict(), parallel::message);
        assertEquals(Double.doubleToLongBits(single.relativeError()), Double.doubleToLongBits(parallel.relativeError()));
        assertEquals(single.tensors().size(), parallel.tensors().size());
        for (int t = 0; t < single.tensors().size(); t++) {
            TensorResult a = single.tensors().get(t);
            TensorResult b = parallel.tensors().get(t);
            assertEquals(a.name(), b.name());
            assertArrayEquals(a.analytic(), b.analytic(), a.name());
            assertArrayEquals(a.numeric(), b.numeric(), a.name());
            for (int i = 0; i < a.size(); i++) {
                assertEquals(Double.doubleToLongBits(a.numeric()[i]), Double.doubleToLongBits(b.numeric()[i]));
            }
        }
    }

    /** A dense layer whose output is scaled by a constant that the factory changes on every call. */
    static class ScaledDense extends Dense {
        private final double scale;

        ScaledDense(int in, int out, double scale) {
            super(in, out, new Random(9));
            this.scale = scale;
        }

        @Override
        public double[][] forward(double[][] x) {
            double[][] y = super.forward(x);
            for (double[] row : y) {
                for (int j = 0; j < row.length; j++) {
                    row[j] *= scale;
                }
            }
            return y;
        }

        @Override
        public double[][] backward(double[][] dy) {
            double[][] scaled = Mat.copy(dy);
            for (double[] row : scaled) {
                for (int j = 0; j < row.length; j++) {
                    row[j] *= scale;
                }
            }
            return super.backward(scaled);
        }
    }
}
