package org.gradcheck4j.generate;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Random;
import org.gradcheck4j.internal.junit.CheckInvocation;
import org.gradcheck4j.junit.GradCheckInvocation;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/**
 * The invocation of a {@link GradCheckProperty} method. JUnit resolves the parameters once; the
 * interceptor then skips that call and runs the tries itself, each with its own {@link Case},
 * {@link GradCheckInvocation} and {@code Random} in place of the resolved ones.
 */
final class PropertyInvocationContext implements TestTemplateInvocationContext, ParameterResolver,
        InvocationInterceptor {

    private final PropertyPlan plan;
    private final String displayName;

    PropertyInvocationContext(PropertyPlan plan, String displayName) {
        this.plan = plan;
        this.displayName = displayName;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        return displayName;
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        return List.of(this);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return PropertyRunner.isReplaced(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        long seed = plan.trySeeds().get(0);
        Class<?> type = parameter.getParameter().getType();
        if (type == Case.class) {
            return Case.seeded(seed);
        }
        if (type == Random.class) {
            return new Random(seed);
        }
        return new CheckInvocation(seed, 0, CheckInvocation.displayName(seed, 0), plan.configuration(), r -> { });
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
                                            ReflectiveInvocationContext<Method> invocationContext,
                                            ExtensionContext context) {
        invocation.skip();
        new PropertyRunner(plan, invocationContext, context).run();
    }
}
