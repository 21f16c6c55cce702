package org.gradcheck4j.layermodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import org.gradcheck4j.CheckMode;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Note;
import org.gradcheck4j.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A backward pass that reads state left by an earlier forward call does not pass; layers that
 * reuse buffers or keep monitoring state between calls still do.
 */
class StaleStateTests {

    private static final double[] A = {0.7, -1.2, 0.4, 1.5};
    private static final double[] X = {0.3, 0.8, -0.6, -0.2};

    private static GradCheckResult check(Function<double[], Object> layer, CheckMode mode) {
        return GradCheck.of(layer.apply(A)).input(X.clone()).mode(mode).run();
    }

    @ParameterizedTest
    @EnumSource(value = CheckMode.class, names = {"EXHAUSTIVE", "DIRECTIONAL", "SAMPLED"})
    void backwardReadingThePreviousCallsBufferIsStateChangedNamingTheField(CheckMode mode) {
        GradCheckResult result = check(CachingLayers.SwappedBuffers::new, mode);
        assertThat(result.verdict()).isEqualTo(Verdict.STATE_CHANGED);
        assertThat(result.diagnosis()).contains("backward reads state left by an earlier forward call");
        assertThat(result.notes()).filteredOn(n -> n.kind() == Note.Kind.STALE_STATE).singleElement()
                .satisfies(n -> assertThat(n.subjects()).containsExactly("buffers"));
    }

    @Test
    void aCacheFilledOnlyOnTheFirstCallDoesNotPass() {
        GradCheckResult result = check(CachingLayers.FilledOnce::new, CheckMode.EXHAUSTIVE);
        assertThat(result.verdict()).isNotIn(Verdict.PASS, Verdict.MARGINAL, Verdict.WARN);
    }

    @ParameterizedTest
    @EnumSource(value = CheckMode.class, names = {"EXHAUSTIVE", "DIRECTIONAL", "SAMPLED"})
    void aBufferReusedAndOverwrittenByEveryCallPasses(CheckMode mode) {
        assertThat(check(CachingLayers.ReusedBuffer::new, mode).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void stateThatBackwardNeverReadsPasses() {
        CachingLayers.Monitored layer = new CachingLayers.Monitored(A);
        GradCheckResult result = GradCheck.of(layer).input(X.clone()).run();
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(layer.calls()).isGreaterThan(3);
    }

    @Test
    void theStaleStateCheckCostsTwoForwardPassesElsewhereAndOneForwardBackwardPairPerCheck() {
        CachingLayers.Monitored layer = new CachingLayers.Monitored(new double[40]);
        GradCheckResult result = GradCheck.of(layer).input(new double[40]).run();
        // forward passes that are not evaluations of J: the two gradients of the accumulation check,
        // and the stale-state check's two forward passes elsewhere and one forward-backward pair at θ
        assertThat(layer.calls() - result.evaluations()).isEqualTo(2 + 3);
    }
}
