package org.gradcheck4j.junit;

import java.lang.reflect.Method;
import java.util.stream.Stream;
import org.gradcheck4j.internal.junit.MethodRequirements;
import org.gradcheck4j.internal.junit.RunConfiguration;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Provides the invocations of a {@link GradCheckTest} method: one per seed and training steps.
 * Stateless; per-invocation state lives in the invocation's store under {@link #NAMESPACE}.
 */
final class GradCheckExtension implements TestTemplateInvocationContextProvider {

    static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(GradCheckExtension.class);
    static final String ANNOTATION = "@GradCheckTest";

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(m -> AnnotationSupport.isAnnotated(m, GradCheckTest.class)).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        GradCheckTest annotation = AnnotationSupport.findAnnotation(method, GradCheckTest.class).orElseThrow();
        MethodRequirements.requireParameter(ANNOTATION, method, GradCheckInvocation.class,
                "pass its GradCheck to `GradCheckInvocation.check(GradCheck)`");
        RunConfiguration configuration = RunConfiguration.resolve(ANNOTATION, annotation.seeds(),
                annotation.trainingSteps(), annotation.thresholds(), annotation.strict(), context);
        return configuration.seeds().stream().flatMap(seed -> configuration.trainingSteps().stream()
                .map(steps -> new CheckInvocationContext(seed, steps, configuration)));
    }
}
