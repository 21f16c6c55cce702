package org.gradcheck4j.nd4j.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * A time limit scaled to the work: an exhaustive check evaluates the cost twice per component, so
 * the limit is {@value #MARGIN} times 2N evaluations at the measured cost of one (never less than
 * the engine's default of two minutes). Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class TimeBudget {

    static final Duration FLOOR = Duration.ofMinutes(2);
    static final int MARGIN = 4;
    private static final int TIMED_RUNS = 3;

    private TimeBudget() {
    }

    /**
     * The time limit for a check of {@code components} components whose cost is {@code evaluation}.
     *
     * @param components parameters plus checked inputs
     * @param evaluation one evaluation of the cost; run a few times to time it
     * @return at least two minutes; two minutes when the evaluation throws
     */
    public static Duration forComponents(long components, Runnable evaluation) {
        try {
            evaluation.run();
        } catch (RuntimeException e) {
            return FLOOR; // the check itself will report the failure as ERROR
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < TIMED_RUNS; i++) {
            long start = System.nanoTime();
            evaluation.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return scaled(components, best);
    }

    /** The limit for {@code components} components at {@code nanosPerEvaluation} each. */
    static Duration scaled(long components, long nanosPerEvaluation) {
        Duration scaled = Duration.ofNanos(Math.multiplyExact(MARGIN * 2 * components, nanosPerEvaluation));
        return scaled.compareTo(FLOOR) > 0 ? scaled : FLOOR;
    }
}
