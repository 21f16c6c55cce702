package org.gradcheck4j.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradcheck4j.junit.fixtures.PropertiesTestCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.AssertionFailedError;

class GradCheckPropertyTests {

    private static final String PARAMETERS = "org.gradcheck4j.generate.Case,org.gradcheck4j.junit.GradCheckInvocation";

    @Test
    void correctLayerPassesEveryTryInOneInvocation() {
        Events tests = run("correctDense").testEvents();

        tests.assertStatistics(s -> s.started(1).succeeded(1));
        assertThat(tests.started().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                .containsExactly("50 tries · seed=42");
    }

    @Test
    void bugFromTheThirdUnitShrinksToWidthThreeAndBatchOne() {
        String message = failureMessage(run("thirdUnitBias"));

        assertThat(smallestCase(message)).contains("  width = 3\n", "  batch = 1\n", "  in = 1\n");
        assertThat(message).containsPattern("failed on try \\d+ of 40 \\(seed=-?\\d+\\)")
                .containsPattern("Replay: configuration parameter gradcheck4j.seed=(-?\\d+): mvn test .*"
                        + "-Dtest='PropertiesTestCase#thirdUnitBias' -Dgradcheck4j.seed=\\1\n")
                .contains("Failure of the smallest case:", "b");
    }

    @Test
    void printedSeedReplaysTheSameSmallestCase() {
        String first = failureMessage(run("thirdUnitBias"));
        Matcher seed = Pattern.compile("gradcheck4j\\.seed=(-?\\d+)").matcher(first);
        assertThat(seed.find()).isTrue();

        EngineExecutionResults replay = run("thirdUnitBias", "gradcheck4j.seed", seed.group(1));
        String replayed = failureMessage(replay);

        assertThat(replay.testEvents().started().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                .containsExactly("replay seed=" + seed.group(1));
        assertThat(replayed).contains("failed on try 1 of 1");
        assertThat(smallestCase(replayed)).isEqualTo(smallestCase(first));
    }

    @Test
    void seedsParameterReplaysExactlyThoseTries() {
        Events tests = run("correctDense", "gradcheck4j.seeds", "1,2,3").testEvents();

        tests.assertStatistics(s -> s.started(1).succeeded(1));
        assertThat(tests.started().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                .containsExactly("replay seed=1 and 2 more");
    }

    @Test
    void triesParameterOverridesTheAttribute() {
        Events tests = run("correctDense", "gradcheck4j.tries", "3").testEvents();

        assertThat(tests.started().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                .containsExactly("3 tries · seed=42");
    }

    @Test
    void worstPassingVerdictIsPublishedAndStrictFailsIt() {
        Events all = run("slightlyOff").allEvents();

        all.assertStatistics(s -> s.failed(0));
        assertThat(all.reportingEntryPublished().stream()
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get("gradcheck4j.verdict")))
                .containsExactly("WARN");
        assertThat(failureMessage(run("slightlyOff", "gradcheck4j.strict", "true"))).contains("WARN");
    }

    @Test
    void zeroTriesIsAConfigurationError() {
        run("noTries").containerEvents().assertThatEvents().haveExactly(1, event(container("noTries"),
                finishedWithFailure(instanceOf(ExtensionConfigurationException.class),
                        message("@GradCheckProperty requires that `tries` be greater than or equal to 1, but found 0."))));
    }

    @Test
    void aTryThatRunsNoCheckIsAConfigurationError() {
        run("checksNothing").testEvents().assertThatEvents().haveExactly(1, event(
                finishedWithFailure(instanceOf(ExtensionConfigurationException.class),
                        message(m -> m.contains("`checksNothing(Case, GradCheckInvocation)` pass its GradCheck")))));
    }

    private static EngineExecutionResults run(String method, String... parameters) {
        EngineTestKit.Builder kit = EngineTestKit.engine("junit-jupiter")
                .selectors(selectMethod(PropertiesTestCase.class, method, PARAMETERS))
                .enableImplicitConfigurationParameters(false);
        for (int i = 0; i < parameters.length; i += 2) {
            kit = kit.configurationParameter(parameters[i], parameters[i + 1]);
        }
        return kit.execute();
    }

    private static String failureMessage(EngineExecutionResults results) {
        results.testEvents().assertStatistics(s -> s.started(1).failed(1));
        Throwable failure = results.testEvents().failed().stream().findFirst().orElseThrow()
                .getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow();
        assertThat(failure).isInstanceOf(AssertionFailedError.class);
        return failure.getMessage();
    }

    private static String smallestCase(String message) {
        int from = message.indexOf("Smallest failing case");
        int to = message.indexOf("Originally failing case");
        return message.substring(from, to < 0 ? message.indexOf("Replay:") : to);
    }
}
