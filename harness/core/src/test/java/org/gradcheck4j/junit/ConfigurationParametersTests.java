package org.gradcheck4j.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradcheck4j.junit.GradCheckTestTests.displayNames;
import static org.gradcheck4j.junit.GradCheckTestTests.reportEntries;
import static org.gradcheck4j.junit.GradCheckTestTests.run;

import org.gradcheck4j.junit.fixtures.CorrectLayersTestCase;
import org.gradcheck4j.junit.fixtures.SmallErrorsTestCase;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.Events;

class ConfigurationParametersTests {

    @Test
    void seedsAndTrainingStepsReplaceTheAttributes() {
        Events tests = run(CorrectLayersTestCase.class, "dense",
                "gradcheck4j.seeds", "10, 11, 12", "gradcheck4j.trainingSteps", "1").testEvents();

        tests.assertStatistics(s -> s.started(3).succeeded(3));
        assertThat(displayNames(tests)).containsExactly(
                "seed=10 · after 1 step", "seed=11 · after 1 step", "seed=12 · after 1 step");
    }

    @Test
    void seedReplaysOneSeed() {
        Events tests = run(CorrectLayersTestCase.class, "tanh", "gradcheck4j.seed", "-977").testEvents();

        assertThat(displayNames(tests)).containsExactly("seed=-977 · at init", "seed=-977 · after 20 steps");
    }

    @Test
    void strictFailsWarnForTheWholeRun() {
        run(SmallErrorsTestCase.class, "warn", "gradcheck4j.strict", "true").testEvents()
                .assertStatistics(s -> s.started(1).failed(1));
    }

    @Test
    void thresholdsReplaceTheAttribute() {
        Events all = run(SmallErrorsTestCase.class, "tightThresholds",
                "gradcheck4j.thresholds", "1e-7,1e-5,1e-3").allEvents();

        all.assertStatistics(s -> s.failed(0));
        assertThat(reportEntries(all)).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("gradcheck4j.verdict", "MARGINAL"));
    }
}
