package org.gradcheck4j.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradcheck4j.junit.GradCheckTestTests.run;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.List;
import org.gradcheck4j.GradCheckConfigurationException;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.junit.fixtures.ParallelTestCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.Events;

/** A @GradCheckTest whose check asks for threads(n) gets its extra layers by invoking the method again. */
class ParallelInvocationTests {

    @BeforeEach
    void clear() {
        ParallelTestCase.RESULTS.clear();
        ParallelTestCase.CALLS.set(0);
    }

    @Test
    void twoThreadsWithoutAFactoryRunOnTwoThreadsAndEqualOneThread() {
        run(ParallelTestCase.class, "twoThreads").testEvents().assertStatistics(s -> s.started(2).succeeded(2));
        List<GradCheckResult> threaded = List.copyOf(ParallelTestCase.RESULTS);
        ParallelTestCase.RESULTS.clear();
        run(ParallelTestCase.class, "oneThread").testEvents().assertStatistics(s -> s.started(2).succeeded(2));
        List<GradCheckResult> single = List.copyOf(ParallelTestCase.RESULTS);

        assertThat(threaded).hasSize(2).allSatisfy(r -> assertThat(r.notes()).anyMatch(n -> n.text().contains("2 threads")));
        assertThat(single).hasSize(2).noneSatisfy(r -> assertThat(r.notes()).anyMatch(n -> n.text().contains("threads")));
        for (int i = 0; i < 2; i++) {
            assertThat(threaded.get(i).trainingSteps()).isEqualTo(single.get(i).trainingSteps());
            assertThat(threaded.get(i).verdict()).isEqualTo(Verdict.PASS);
            assertThat(Double.doubleToLongBits(threaded.get(i).relativeError()))
                    .isEqualTo(Double.doubleToLongBits(single.get(i).relativeError()));
        }
    }

    @Test
    void theReplayStopsAtTheThreadedCheckAndReusesEarlierResults() {
        run(ParallelTestCase.class, "secondCheckThreaded").testEvents()
                .assertStatistics(s -> s.started(1).succeeded(1));

        // the first check, its result handed again to the replay (which stops inside the second check), the second
        List<GradCheckResult> results = ParallelTestCase.RESULTS;
        assertThat(results).hasSize(3);
        assertThat(results.get(1)).isSameAs(results.get(0));
        assertThat(results.get(0).notes()).noneMatch(n -> n.text().contains("threads"));
        assertThat(results.get(2).notes()).anyMatch(n -> n.text().contains("2 threads"));
    }

    @Test
    void aMethodThatBuildsOtherChecksWhenInvokedAgainIsRefusedByName() {
        Events tests = run(ParallelTestCase.class, "onlyOnce").testEvents();

        tests.assertStatistics(s -> s.started(1).failed(1));
        tests.assertThatEvents().haveExactly(1, event(test(), finishedWithFailure(
                instanceOf(GradCheckConfigurationException.class),
                message(m -> m.contains("onlyOnce") && m.contains("ran only 0 check(s) when it was invoked again")
                        && m.contains("GradCheck.of(() -> new")))));
        assertThat(ParallelTestCase.CALLS).hasValue(2);
    }
}
