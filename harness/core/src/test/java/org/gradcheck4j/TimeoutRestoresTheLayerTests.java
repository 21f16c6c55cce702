package org.gradcheck4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.gradcheck4j.testlayers.SlowLayers.HangsOnOneComponent;
import org.gradcheck4j.testlayers.SlowLayers.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Nothing touches the layer after {@code run()} returns: a check that times out stops at its next
 * evaluation of J with θ restored bit-exactly, in every mode, and says so; only a forward pass that
 * never returns leaves a component perturbed, and the result names it.
 */
class TimeoutRestoresTheLayerTests {

    /**
     * The time limit. Every slow fixture needs far longer than this plus the grace period to finish
     * its check, so a check that is not stopped is still perturbing the layer while θ is polled.
     */
    private static final Duration LIMIT = Duration.ofMillis(600);

    private static GradCheckResult timedOut(GradCheck check) {
        GradCheckResult r = assertTimeoutPreemptively(Duration.ofSeconds(20), check::run);
        assertEquals(Verdict.TIMEOUT, r.verdict(), r::message);
        return r;
    }

    /** θ stays bit-identical to {@code before} for a second after the check returned. */
    private static void staysUnchanged(Slow layer, double[][] before) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (System.nanoTime() < end) {
            assertBitIdentical(before, layer.W);
            Thread.sleep(5);
        }
    }

    private static void assertBitIdentical(double[][] expected, double[][] actual) {
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                assertEquals(Double.doubleToRawLongBits(expected[i][j]), Double.doubleToRawLongBits(actual[i][j]),
                        "W[" + i + "," + j + "]");
            }
        }
    }

    private static void restoredNote(GradCheckResult r) {
        assertTrue(r.layerRestored());
        assertThat(r.notes()).anyMatch(n -> n.kind() == Note.Kind.RESTORED);
        assertThat(r.notes()).noneMatch(n -> n.kind() == Note.Kind.PERTURBED);
    }

    /**
     * Checks {@code layer} as {@code setup} says (the time limit {@link #LIMIT} unless it sets another),
     * expects a TIMEOUT after a few evaluations, then θ restored and left alone.
     */
    private static GradCheckResult restoredAfterTimeout(Slow layer, UnaryOperator<GradCheck> setup)
            throws InterruptedException {
        double[][] before = layer.weights();
        GradCheckResult r = timedOut(setup.apply(GradCheck.of(layer).timeout(LIMIT)));
        assertThat(r.evaluations()).isGreaterThan(3);
        restoredNote(r);
        staysUnchanged(layer, before);
        return r;
    }

    @Test
    void aSlowLayerIsLeftBitIdenticalAndUntouchedAfterATimeout() throws InterruptedException {
        long start = System.nanoTime();
        GradCheckResult r = restoredAfterTimeout(new Slow(8, 25), c -> c);
        assertThat(r.diagnosis()).contains("as the check found it");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("stopped at the next evaluation, not after the"
                + " grace period").isLessThan(LIMIT.plus(Duration.ofSeconds(1)).plus(Duration.ofMillis(900)));
    }

    @Test
    void trainingCutShortByTheTimeoutIsUndoneToo() throws InterruptedException {
        restoredAfterTimeout(new Slow(8, 25), c -> c.train(50));
    }

    @ParameterizedTest
    @EnumSource(value = CheckMode.class, names = {"DIRECTIONAL", "SAMPLED"})
    void theOtherModesStopAndRestoreToo(CheckMode mode) throws InterruptedException {
        GradCheckResult r = restoredAfterTimeout(new Slow(8, 60),
                c -> c.mode(mode).timeout(Duration.ofMillis(1200)));
        assertEquals(mode, r.mode());
    }

    @Test
    void parallelWorkersStopAndTheCheckedLayerIsRestored() throws InterruptedException {
        GradCheck check = GradCheck.of(() -> new Slow(12, 20)).threads(2).timeout(Duration.ofMillis(300));
        Slow layer = (Slow) check.layer();
        double[][] before = layer.weights();
        GradCheckResult r = timedOut(check);
        assertThat(r.evaluations()).isGreaterThan(3);
        restoredNote(r);
        staysUnchanged(layer, before);
    }

    @Test
    void aForwardThatNeverReturnsLeavesItsComponentPerturbedAndTheResultNamesIt() throws InterruptedException {
        HangsOnOneComponent layer = new HangsOnOneComponent(4, 1, 2);
        double[][] before = layer.weights();
        try {
            GradCheckResult r = timedOut(GradCheck.of(layer).timeout(LIMIT));
            assertFalse(r.layerRestored());
            Note perturbed = r.notes().stream().filter(n -> n.kind() == Note.Kind.PERTURBED).findFirst().orElseThrow();
            assertEquals(List.of("W[1,2]"), perturbed.subjects());
            assertThat(r.diagnosis()).contains("left perturbed", "W[1,2]");
            assertThat(layer.W[1][2]).isNotEqualTo(before[1][2]);
        } finally {
            layer.release.countDown();
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (layer.W[1][2] != before[1][2] && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertBitIdentical(before, layer.W);
        staysUnchanged(layer, before);
    }

    @Test
    void aForwardThatReturnsLateRestoresItsComponentAndTouchesNothingElse() throws InterruptedException {
        HangsOnOneComponent layer = new HangsOnOneComponent(4, 0, 0);
        double[][] before = layer.weights();
        Thread releaser = new Thread(() -> {
            try {
                layer.hung.await();
                Thread.sleep(LIMIT.toMillis() + 200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            layer.release.countDown();
        });
        releaser.start();
        GradCheckResult r = timedOut(GradCheck.of(layer).timeout(LIMIT));
        releaser.join();
        restoredNote(r);
        assertArrayEquals(before[0], layer.W[0]);
        staysUnchanged(layer, before);
    }
}
