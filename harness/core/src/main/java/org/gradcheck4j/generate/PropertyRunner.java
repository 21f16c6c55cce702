package org.gradcheck4j.generate;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.internal.ResultListeners;
import org.gradcheck4j.internal.junit.CheckInvocation;
import org.gradcheck4j.internal.junit.MethodRequirements;
import org.gradcheck4j.internal.junit.ReportEntries;
import org.gradcheck4j.internal.junit.Requirement;
import org.gradcheck4j.internal.junit.RerunCommand;
import org.gradcheck4j.internal.junit.RunConfiguration;
import org.gradcheck4j.junit.GradCheckInvocation;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.ReflectionSupport;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Runs the tries of a property: each try calls the method with a fresh case; the first failing try
 * is shrunk and reported. A try whose assumptions fail is skipped.
 */
final class PropertyRunner {

    private final PropertyPlan plan;
    private final ReflectiveInvocationContext<Method> invocation;
    private final ExtensionContext context;
    private final AtomicReference<GradCheckResult> worst = new AtomicReference<>();
    private final Map<Case, GradCheckResult> results = new IdentityHashMap<>();

    PropertyRunner(PropertyPlan plan, ReflectiveInvocationContext<Method> invocation, ExtensionContext context) {
        this.plan = plan;
        this.invocation = invocation;
        this.context = context;
    }

    /** Whether a parameter of {@code type} is replaced in every try. */
    static boolean isReplaced(Class<?> type) {
        return type == Case.class || type == GradCheckInvocation.class || type == Random.class;
    }

    /**
     * Runs the tries with result publishing muted, then publishes one representative result (the
     * smallest failing case's, or the worst passing try's) and, for a failing property, throws.
     * The result is published outside the muted tries, so that a failing property reaches the report.
     */
    void run() {
        AtomicReference<GradCheckResult> smallest = new AtomicReference<>();
        Optional<AssertionFailedError> failure = ResultListeners.muted(() -> runTries(smallest));
        Optional.ofNullable(smallest.get()).or(() -> Optional.ofNullable(worst.get())).ifPresent(r -> {
            ResultListeners.publish(r);
            ReportEntries.publish(context, r);
        });
        failure.ifPresent(e -> {
            throw e;
        });
    }

    /** Runs the tries; the first failing one is shrunk, its result put in {@code smallest}, and returned as an error. */
    private Optional<AssertionFailedError> runTries(AtomicReference<GradCheckResult> smallest) {
        List<Long> seeds = plan.trySeeds();
        for (int i = 0; i < seeds.size(); i++) {
            long seed = seeds.get(i);
            results.clear();
            Shrinker.Outcome outcome = attempt(seed, Choices.seeded(seed), true);
            if (outcome.fails()) {
                Shrinker.Result shrunk = new Shrinker(c -> attempt(seed, c, false), plan.shrinkBudget())
                        .shrink(outcome);
                smallest.set(results.get(shrunk.smallest().drawn()));
                return Optional.of(new AssertionFailedError(PropertyFailure.message(describe(), i + 1, seeds.size(),
                        seed, outcome, shrunk, rerun(seed)), shrunk.smallest().failure()));
            }
        }
        return Optional.empty();
    }

    private Shrinker.Outcome attempt(long seed, Choices choices, boolean record) {
        Case drawn = new Case(choices);
        List<Integer> trainingSteps = plan.configuration().trainingSteps();
        int steps = drawn.draw("training steps", c -> c.oneOf(trainingSteps));
        CheckInvocation handle = new CheckInvocation(seed, steps, CheckInvocation.displayName(seed, steps),
                plan.configuration(), r -> {
                    results.put(drawn, r);
                    if (record) {
                        worst.accumulateAndGet(r, PropertyRunner::worse);
                    }
                });
        try {
            ReflectionSupport.invokeMethod(invocation.getExecutable(), invocation.getTarget().orElse(null),
                    arguments(drawn, handle, seed));
        } catch (TestAbortedException skipped) {
            return new Shrinker.Outcome(drawn, null);
        } catch (ExtensionConfigurationException | VirtualMachineError e) {
            throw e;
        } catch (Throwable failure) {
            return new Shrinker.Outcome(drawn, failure);
        }
        if (handle.checks() == 0) {
            throw Requirement.of(GradCheckPropertyExtension.ANNOTATION).fail(describe(),
                    "pass its GradCheck to `GradCheckInvocation.check(GradCheck)`",
                    "that it returned without running a check");
        }
        return new Shrinker.Outcome(drawn, null);
    }

    private Object[] arguments(Case drawn, CheckInvocation handle, long seed) {
        Object[] arguments = invocation.getArguments().toArray();
        Class<?>[] types = invocation.getExecutable().getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            if (types[i] == Case.class) {
                arguments[i] = drawn;
            } else if (types[i] == GradCheckInvocation.class) {
                arguments[i] = handle;
            } else if (types[i] == Random.class) {
                arguments[i] = new Random(seed);
            }
        }
        return arguments;
    }

    /** The command that replays the try of {@code seed} of this property only. */
    private String rerun(long seed) {
        return RerunCommand.of(invocation.getTargetClass(), invocation.getExecutable().getName(), Path.of(""),
                RunConfiguration.SEED + "=" + seed);
    }

    private String describe() {
        return MethodRequirements.describe(invocation.getExecutable());
    }

    private static GradCheckResult worse(GradCheckResult a, GradCheckResult b) {
        if (a == null) {
            return b;
        }
        Verdict v = a.verdict().worse(b.verdict());
        return v == a.verdict() ? a : b;
    }
}
