package org.gradcheck4j.junit;

import static org.gradcheck4j.junit.GradCheckTestTests.run;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import org.gradcheck4j.junit.fixtures.CorrectLayersTestCase;
import org.gradcheck4j.junit.fixtures.MisconfiguredTestCase;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class MisconfigurationTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        emptySeeds           | @GradCheckTest requires that `seeds` not be empty.
        duplicateSeeds       | @GradCheckTest requires that `seeds` contain no duplicates, but found 4 twice.
        negativeSteps        | @GradCheckTest requires that `trainingSteps` contain only values greater than or equal to 0, but found -5.
        twoThresholds        | @GradCheckTest requires that `thresholds` have exactly 3 values {pass, warn, fail} or none, but found 2 values.
        descendingThresholds | @GradCheckTest requires that `thresholds` satisfy 0 < pass <= warn <= fail, but found [0.001, 1.0E-5, 1.0E-7].
        noInvocationParameter | @GradCheckTest requires that `noInvocationParameter(Random)` declare a `GradCheckInvocation` parameter and pass its GradCheck to `GradCheckInvocation.check(GradCheck)`.
        """)
    void attributeErrorsFailTheTemplateNamingAttributeAndRule(String method, String expected) {
        EngineExecutionResults results = run(MisconfiguredTestCase.class, method);

        results.testEvents().assertStatistics(s -> s.started(0));
        results.containerEvents().assertThatEvents().haveExactly(1, event(container(method),
                finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(expected))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        gradcheck4j.seeds         | one,two | Configuration parameter `gradcheck4j.seeds` must be a comma-separated list of integers, but found `one,two`.
        gradcheck4j.seeds         | ''      | Configuration parameter `gradcheck4j.seeds` must not be empty.
        gradcheck4j.seed          | 1.5     | Configuration parameter `gradcheck4j.seed` must be an integer, but found `1.5`.
        gradcheck4j.trainingSteps | 0,-1    | Configuration parameter `gradcheck4j.trainingSteps` must contain only values greater than or equal to 0, but found -1.
        gradcheck4j.thresholds    | 1e-3    | Configuration parameter `gradcheck4j.thresholds` must have exactly 3 values {pass, warn, fail} or none, but found 1 values.
        gradcheck4j.strict        | yes     | Configuration parameter `gradcheck4j.strict` must be true or false, but found `yes`.
        """)
    void configurationParameterErrorsNameTheParameterAndRule(String key, String value, String expected) {
        EngineExecutionResults results = run(CorrectLayersTestCase.class, "dense", key, value);

        results.testEvents().assertStatistics(s -> s.started(0));
        results.containerEvents().assertThatEvents().haveExactly(1, event(container("dense"),
                finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(expected))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        checksNothing | @GradCheckTest requires that `checksNothing(Random, GradCheckInvocation)` pass its GradCheck to `GradCheckInvocation.check(GradCheck)`, but found that it returned without running a check.
        """)
    void anInvocationThatRunsNoCheckFails(String method, String expected) {
        EngineExecutionResults results = run(MisconfiguredTestCase.class, method);

        results.testEvents().assertStatistics(s -> s.started(1).failed(1));
        results.testEvents().assertThatEvents().haveExactly(1, event(test(),
                finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(expected))));
    }
}
