package org.gradcheck4j.internal.junit;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.junit.GradCheckInvocation;
import org.opentest4j.AssertionFailedError;

/** The invocation handle given to test methods; counts its checks so that a forgotten one is reported. */
public final class CheckInvocation implements GradCheckInvocation {

    private final long seed;
    private final int trainingSteps;
    private final String displayName;
    private final Optional<Thresholds> thresholds;
    private final boolean strict;
    private final Consumer<GradCheckResult> onResult;
    private final AtomicInteger checks = new AtomicInteger();

    /**
     * Creates the handle of one invocation.
     *
     * @param onResult told of every result, before a failing one is thrown
     */
    public CheckInvocation(long seed, int trainingSteps, String displayName, RunConfiguration configuration,
                           Consumer<GradCheckResult> onResult) {
        this.seed = seed;
        this.trainingSteps = trainingSteps;
        this.displayName = displayName;
        this.thresholds = configuration.thresholds();
        this.strict = configuration.strict();
        this.onResult = onResult;
    }

    /** The display name of a seed and a number of training steps: {@code seed=42 · after 20 steps}. */
    public static String displayName(long seed, int trainingSteps) {
        String when = trainingSteps == 0 ? "at init"
                : "after " + trainingSteps + (trainingSteps == 1 ? " step" : " steps");
        return "seed=" + seed + " · " + when;
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public int trainingSteps() {
        return trainingSteps;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    /** How many checks this invocation ran. */
    public int checks() {
        return checks.get();
    }

    @Override
    public GradCheckResult check(GradCheck check) {
        checks.incrementAndGet();
        check.seed(seed).train(trainingSteps).label(displayName);
        thresholds.ifPresent(t -> check.thresholds(t.pass(), t.warn(), t.fail()));
        boolean strictly = strict || check.isStrict();
        GradCheckResult result = check.run();
        onResult.accept(result);
        if (!result.passes(strictly)) {
            throw new AssertionFailedError(result.message(), result.cause().orElse(null));
        }
        return result;
    }

    @Override
    public String toString() {
        return "GradCheckInvocation[" + displayName + "]";
    }
}
