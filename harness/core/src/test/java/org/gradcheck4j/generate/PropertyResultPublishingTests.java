package org.gradcheck4j.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.internal.ResultListeners;
import org.gradcheck4j.junit.fixtures.PropertiesTestCase;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A property publishes exactly one result to the results files and the report: the shrunk failure
 * of a failing property (which then fails), or the worst try of a passing one. The many tries stay
 * muted.
 */
class PropertyResultPublishingTests {

    private static final String PARAMETERS = "org.gradcheck4j.generate.Case,org.gradcheck4j.junit.GradCheckInvocation";

    @Test
    void aFailingPropertyPublishesItsSmallestFailingCase() {
        List<GradCheckResult> published = run("thirdUnitBias", 1);
        assertThat(published).hasSize(1);
        GradCheckResult r = published.get(0);
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.tensor("b").orElseThrow().shape()).as("shrunk to width 3").containsExactly(3);
    }

    @Test
    void aPassingPropertyPublishesOneResult() {
        List<GradCheckResult> published = run("correctDense", 0);
        assertThat(published).hasSize(1);
        assertThat(published.get(0).verdict()).isEqualTo(Verdict.PASS);
    }

    private static List<GradCheckResult> run(String method, int failures) {
        List<GradCheckResult> published = new CopyOnWriteArrayList<>();
        Consumer<GradCheckResult> listener = published::add;
        ResultListeners.register(listener);
        try {
            EngineTestKit.engine("junit-jupiter").selectors(selectMethod(PropertiesTestCase.class, method, PARAMETERS))
                    .enableImplicitConfigurationParameters(false).execute()
                    .testEvents().assertStatistics(s -> s.started(1).failed(failures));
        } finally {
            ResultListeners.unregister(listener);
        }
        return published;
    }
}
