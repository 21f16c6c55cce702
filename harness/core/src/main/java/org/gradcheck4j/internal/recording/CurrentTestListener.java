package org.gradcheck4j.internal.recording;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Records which test runs on which thread, so that a check's result names its test; and hands the
 * run's configuration parameters ({@code gradcheck4j.report.*}) to the {@link ResultRecorder}.
 * Registered through {@code META-INF/services}. JUnit calls it on the thread that runs the test,
 * also under parallel execution. Internal.
 */
public final class CurrentTestListener implements TestExecutionListener {

    private volatile TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        ResultRecorder.instance().configure(key -> testPlan.getConfigurationParameters().get(key));
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        if (test.isTest()) {
            CurrentTest.set(new TestRef(test.getUniqueId(), path(test)));
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest()) {
            CurrentTest.clear(test.getUniqueId());
        }
    }

    private String path(TestIdentifier test) {
        TestPlan current = plan;
        Deque<String> names = new ArrayDeque<>();
        names.push(test.getDisplayName());
        Optional<TestIdentifier> parent = current == null ? Optional.empty() : current.getParent(test);
        while (parent.isPresent() && parent.get().getParentIdObject().isPresent()) {
            names.push(parent.get().getDisplayName());
            parent = current.getParent(parent.get());
        }
        return String.join(" › ", names);
    }
}
