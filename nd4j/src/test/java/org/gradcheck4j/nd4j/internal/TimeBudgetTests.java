package org.gradcheck4j.nd4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The time limit grows with the work: never below two minutes, 4 × 2N evaluations above it. */
class TimeBudgetTests {

    @Test
    void smallChecksKeepTheDefault() {
        assertThat(TimeBudget.scaled(1_000, 1_000_000)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void anExhaustiveCheckOfABigNetworkGetsFourTimesItsEvaluations() {
        // 94,218 parameters at 0.8 ms per evaluation: 2N evaluations take 151 s
        assertThat(TimeBudget.scaled(94_218, 800_000)).isEqualTo(Duration.ofNanos(4L * 2 * 94_218 * 800_000));
    }

    @Test
    void theEvaluationIsTimed() {
        Duration d = TimeBudget.forComponents(100_000, () -> sleep(2));
        assertThat(d).isGreaterThanOrEqualTo(Duration.ofMillis(4L * 2 * 100_000 * 2));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
