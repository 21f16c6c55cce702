package org.gradcheck4j.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.List;
import java.util.Map;
import org.gradcheck4j.junit.fixtures.CorrectLayersTestCase;
import org.gradcheck4j.junit.fixtures.MetaAnnotationTestCase;
import org.gradcheck4j.junit.fixtures.PlantedBugTestCase;
import org.gradcheck4j.junit.fixtures.SmallErrorsTestCase;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.AssertionFailedError;

class GradCheckTestTests {

    @Test
    void runsOneInvocationPerSeedAndTrainingStepsNamedToReproduce() {
        Events tests = run(CorrectLayersTestCase.class, "dense").testEvents();

        tests.assertStatistics(s -> s.started(4).succeeded(4).failed(0));
        assertThat(displayNames(tests)).containsExactly(
                "seed=1 · at init", "seed=1 · after 5 steps", "seed=2 · at init", "seed=2 · after 5 steps");
    }

    @Test
    void defaultsAreThreeSeedsAtInitAndAfterTwentySteps() {
        Events tests = run(CorrectLayersTestCase.class, "tanh").testEvents();

        tests.assertStatistics(s -> s.started(6).succeeded(6));
        assertThat(displayNames(tests)).containsExactly("seed=1 · at init", "seed=1 · after 20 steps",
                "seed=2 · at init", "seed=2 · after 20 steps", "seed=3 · at init", "seed=3 · after 20 steps");
    }

    @Test
    void plantedBugFailsEveryInvocationWithTheCheckMessage() {
        Events tests = run(PlantedBugTestCase.class, "signFlip").testEvents();

        tests.assertStatistics(s -> s.started(2).failed(2).succeeded(0));
        tests.assertThatEvents().haveExactly(1, event(test(), displayName("seed=5 · after 3 steps"),
                finishedWithFailure(instanceOf(AssertionFailedError.class),
                        message(m -> m.contains("FAIL") && m.contains("W") && m.contains("seed=5 · after 3 steps")))));
    }

    @Test
    void warnPassesAndIsPublishedAsReportEntry() {
        Events events = run(SmallErrorsTestCase.class, "warn").allEvents();

        events.assertStatistics(s -> s.succeeded(4).failed(0));
        assertThat(reportEntries(events)).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("gradcheck4j.verdict", "WARN")
                    .containsEntry("gradcheck4j.label", "seed=1 · at init");
            assertThat(Double.parseDouble(entry.get("gradcheck4j.relativeError"))).isBetween(1e-5, 1e-3);
        });
    }

    @Test
    void strictFailsOnWarn() {
        Events tests = run(SmallErrorsTestCase.class, "warnStrict").testEvents();

        tests.assertStatistics(s -> s.started(1).failed(1));
        tests.assertThatEvents().haveExactly(1, event(test(), finishedWithFailure(message(m -> m.contains("WARN")))));
    }

    @Test
    void marginalPassesAndIsPublishedAsReportEntry() {
        Events events = run(SmallErrorsTestCase.class, "marginal").allEvents();

        events.assertStatistics(s -> s.succeeded(4).failed(0));
        assertThat(reportEntries(events)).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("gradcheck4j.verdict", "MARGINAL"));
    }

    @Test
    void thresholdsOfTheAnnotationOverrideTheDefaults() {
        Events tests = run(SmallErrorsTestCase.class, "tightThresholds").testEvents();

        tests.assertStatistics(s -> s.started(1).failed(1));
    }

    @Test
    void passingResultsPublishNothing() {
        assertThat(reportEntries(run(CorrectLayersTestCase.class, "dense").allEvents())).isEmpty();
    }

    @Test
    void worksAsMetaAnnotation() {
        Events tests = run(MetaAnnotationTestCase.class, "dense").testEvents();

        tests.assertStatistics(s -> s.started(1).succeeded(1));
        tests.assertThatEvents().haveExactly(1, event(test(), displayName("seed=7 · at init"), finishedSuccessfully()));
    }

    @Test
    void invocationsRunInParallelWithoutSharingState() {
        Events tests = run(CorrectLayersTestCase.class, "tanh",
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "4").testEvents();

        tests.assertStatistics(s -> s.started(6).succeeded(6));
        assertThat(displayNames(tests)).containsExactlyInAnyOrder("seed=1 · at init", "seed=1 · after 20 steps",
                "seed=2 · at init", "seed=2 · after 20 steps", "seed=3 · at init", "seed=3 · after 20 steps");
    }

    static EngineExecutionResults run(Class<?> fixture, String method, String... parameters) {
        EngineTestKit.Builder kit = EngineTestKit.engine("junit-jupiter")
                .selectors(selectMethod(fixture, method, parameterTypes(fixture, method)))
                .enableImplicitConfigurationParameters(false);
        for (int i = 0; i < parameters.length; i += 2) {
            kit = kit.configurationParameter(parameters[i], parameters[i + 1]);
        }
        return kit.execute();
    }

    static List<String> displayNames(Events tests) {
        return tests.started().stream().map(e -> e.getTestDescriptor().getDisplayName()).toList();
    }

    static List<Map<String, String>> reportEntries(Events events) {
        return events.reportingEntryPublished().stream()
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs()).toList();
    }

    private static String parameterTypes(Class<?> fixture, String method) {
        return java.util.Arrays.stream(fixture.getDeclaredMethods()).filter(m -> m.getName().equals(method))
                .findFirst().map(m -> java.util.Arrays.stream(m.getParameterTypes()).map(Class::getName)
                        .collect(java.util.stream.Collectors.joining(",")))
                .orElseThrow(() -> new IllegalArgumentException(fixture + " has no method " + method));
    }
}
