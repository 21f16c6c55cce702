package org.gradcheck4j.internal.junit;

import java.util.Optional;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.internal.parallel.FactoryScope;
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
    private final List<GradCheckResult> results = new CopyOnWriteArrayList<>();
    private volatile MethodReplay replay;
    private volatile String rerun = "";

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
        return results.size();
    }

    /** The result of check number {@code index} (from 0). */
    GradCheckResult result(int index) {
        return results.get(index);
    }

    /**
     * Lets checks that ask for {@code threads(n)} without a factory get their extra layers by
     * invoking the test method again with the arguments it was given (the seeded {@code Random}
     * made anew), and names the test in the command that reruns a failing invocation.
     */
    public void replayable(Method method, Object target, List<Object> arguments) {
        this.replay = new MethodReplay(method, target, arguments, this);
        Class<?> testClass = target == null ? method.getDeclaringClass() : target.getClass();
        this.rerun = RerunCommand.of(testClass, method.getName(), Path.of(""), RunConfiguration.SEED + "=" + seed,
                RunConfiguration.TRAINING_STEPS + "=" + trainingSteps);
    }

    @Override
    public GradCheckResult check(GradCheck check) {
        int index = results.size();
        check.seed(seed).train(trainingSteps).label(displayName);
        thresholds.ifPresent(t -> check.thresholds(t.pass(), t.warn(), t.fail()));
        boolean strictly = strict || check.isStrict();
        MethodReplay again = replay;
        GradCheckResult result = again == null ? check.run()
                : FactoryScope.with(() -> again.layerOfCheck(index), check::run);
        results.add(result);
        onResult.accept(result);
        if (!result.passes(strictly)) {
            String message = rerun.isEmpty() ? result.message() : result.message() + "\nRerun this test: " + rerun;
            throw new AssertionFailedError(message, result.cause().orElse(null));
        }
        return result;
    }

    @Override
    public String toString() {
        return "GradCheckInvocation[" + displayName + "]";
    }
}
