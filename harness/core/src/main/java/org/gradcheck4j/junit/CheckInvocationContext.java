package org.gradcheck4j.junit;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Random;
import org.gradcheck4j.internal.junit.CheckInvocation;
import org.gradcheck4j.internal.junit.MethodRequirements;
import org.gradcheck4j.internal.junit.ReportEntries;
import org.gradcheck4j.internal.junit.Requirement;
import org.gradcheck4j.internal.junit.RunConfiguration;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/**
 * One invocation of a {@link GradCheckTest}: its display name, its seeded {@code Random} and
 * {@link GradCheckInvocation} parameters, and the rule that the method must run a check.
 */
final class CheckInvocationContext implements TestTemplateInvocationContext, ParameterResolver, InvocationInterceptor {

    private static final String KEY = "invocation";

    private final long seed;
    private final int trainingSteps;
    private final RunConfiguration configuration;

    CheckInvocationContext(long seed, int trainingSteps, RunConfiguration configuration) {
        this.seed = seed;
        this.trainingSteps = trainingSteps;
        this.configuration = configuration;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        return CheckInvocation.displayName(seed, trainingSteps);
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        return List.of(this);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Random.class || type == GradCheckInvocation.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == Random.class) {
            return new Random(seed);
        }
        return invocation(context);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
                                            ReflectiveInvocationContext<Method> invocationContext,
                                            ExtensionContext context) throws Throwable {
        invocationContext.getArguments().stream().filter(CheckInvocation.class::isInstance)
                .map(CheckInvocation.class::cast)
                .forEach(h -> h.replayable(invocationContext.getExecutable(),
                        invocationContext.getTarget().orElse(null), invocationContext.getArguments()));
        invocation.proceed();
        CheckInvocation handle = context.getStore(GradCheckExtension.NAMESPACE).get(KEY, CheckInvocation.class);
        if (handle == null || handle.checks() == 0) {
            throw Requirement.of(GradCheckExtension.ANNOTATION).fail(
                    MethodRequirements.describe(invocationContext.getExecutable()),
                    "pass its GradCheck to `GradCheckInvocation.check(GradCheck)`",
                    "that it returned without running a check");
        }
    }

    private CheckInvocation invocation(ExtensionContext context) {
        return context.getStore(GradCheckExtension.NAMESPACE).getOrComputeIfAbsent(KEY,
                key -> new CheckInvocation(seed, trainingSteps, getDisplayName(0), configuration,
                        result -> ReportEntries.publish(context, result)),
                CheckInvocation.class);
    }
}
