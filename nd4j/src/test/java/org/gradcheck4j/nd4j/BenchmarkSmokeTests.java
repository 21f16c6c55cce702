package org.gradcheck4j.nd4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradcheck4j.CheckMode;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.nd4j.bench.Dl4jCheckBenchmark;
import org.junit.jupiter.api.Test;

/**
 * Keeps the JMH benchmark compiling and honest on a 139-parameter network of the same build: both
 * checkers pass the correct network, and the planted bug GradientCheckUtil catches is caught by
 * every mode, named by layer and parameter.
 */
class BenchmarkSmokeTests {

    @Test
    void bothCheckersAgreeOnATinyNetwork() {
        Dl4jCheckBenchmark good = benchmark(false);
        assertThat(good.gradientCheckUtil()).isTrue();
        assertThat(good.exhaustive().verdict().passes(false)).isTrue();
        Dl4jCheckBenchmark bad = benchmark(true);
        assertThat(bad.gradientCheckUtil()).isFalse();
        for (GradCheckResult r : new GradCheckResult[] {bad.exhaustive(), bad.sampled(), bad.directional()}) {
            assertThat(r.verdict()).as(r.mode().name()).isEqualTo(Verdict.FAIL);
            assertThat(r.failingTensors()).extracting(TensorResult::name).as(r.mode().name()).contains("1_W");
        }
        assertThat(bad.directional().mode()).isEqualTo(CheckMode.DIRECTIONAL);
    }

    private static Dl4jCheckBenchmark benchmark(boolean plantedBug) {
        Dl4jCheckBenchmark b = new Dl4jCheckBenchmark();
        b.params = 150;
        b.plantedBug = plantedBug;
        b.setUp();
        return b;
    }
}
