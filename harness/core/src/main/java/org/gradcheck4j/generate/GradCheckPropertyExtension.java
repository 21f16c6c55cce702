package org.gradcheck4j.generate;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.gradcheck4j.internal.junit.ConfigurationParameters;
import org.gradcheck4j.internal.junit.MethodRequirements;
import org.gradcheck4j.internal.junit.Requirement;
import org.gradcheck4j.internal.junit.RunConfiguration;
import org.gradcheck4j.junit.GradCheckInvocation;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/** Provides the single invocation of a {@link GradCheckProperty} method, which runs all its tries. */
final class GradCheckPropertyExtension implements TestTemplateInvocationContextProvider {

    static final String ANNOTATION = "@GradCheckProperty";
    /** Overrides {@link GradCheckProperty#tries()}: {@code gradcheck4j.tries=1000}. */
    static final String TRIES = "gradcheck4j.tries";

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(m -> AnnotationSupport.isAnnotated(m, GradCheckProperty.class))
                .orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        GradCheckProperty annotation = AnnotationSupport.findAnnotation(method, GradCheckProperty.class).orElseThrow();
        MethodRequirements.requireParameter(ANNOTATION, method, GradCheckInvocation.class,
                "pass its GradCheck to `GradCheckInvocation.check(GradCheck)`");
        MethodRequirements.requireParameter(ANNOTATION, method, Case.class, "draw its values from it");
        PropertyPlan plan = plan(annotation, context);
        return Stream.of(new PropertyInvocationContext(plan, plan.displayName(annotation.seed())));
    }

    private static PropertyPlan plan(GradCheckProperty annotation, ExtensionContext context) {
        Requirement rule = Requirement.of(ANNOTATION);
        if (annotation.tries() < 1) {
            throw rule.fail("tries", "be greater than or equal to 1", annotation.tries());
        }
        if (annotation.shrinkBudget() < 0) {
            throw rule.fail("shrinkBudget", "be greater than or equal to 0", annotation.shrinkBudget());
        }
        RunConfiguration configuration = RunConfiguration.resolve(ANNOTATION, new long[] {annotation.seed()},
                annotation.trainingSteps(), annotation.thresholds(), annotation.strict(), context);
        ConfigurationParameters parameters = new ConfigurationParameters(context);
        int tries = parameters.intValue(TRIES).orElse(annotation.tries());
        if (tries < 1) {
            throw Requirement.parameter(TRIES).fail(TRIES, "be greater than or equal to 1", tries);
        }
        boolean replay = context.getConfigurationParameter(RunConfiguration.SEED).isPresent()
                || context.getConfigurationParameter(RunConfiguration.SEEDS).isPresent();
        List<Long> seeds = replay ? configuration.seeds() : trySeeds(annotation.seed(), tries);
        return new PropertyPlan(seeds, configuration, annotation.shrinkBudget(), replay);
    }

    /** The seeds of {@code tries} tries, drawn from {@code seed}. */
    static List<Long> trySeeds(long seed, int tries) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Long> seeds = new ArrayList<>(tries);
        for (int i = 0; i < tries; i++) {
            seeds.add(random.nextLong());
        }
        return seeds;
    }
}
