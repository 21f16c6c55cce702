package org.gradcheck4j.internal.recording;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * A forked test JVM as Surefire would start one: opens a launcher session (which loads our
 * listeners from META-INF/services) and runs {@link ReportedChecksTestCase} with parallel execution.
 */
public final class ReportForkMain {

    private ReportForkMain() {
    }

    public static void main(String[] args) {
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        try (LauncherSession session = LauncherFactory.openSession()) {
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(ReportedChecksTestCase.class))
                    .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                    .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                    .build();
            session.getLauncher().execute(request, summary);
        }
        summary.getSummary().printFailuresTo(new java.io.PrintWriter(System.out, true), 20);
        System.exit(summary.getSummary().getTotalFailureCount() == 0
                && summary.getSummary().getTestsSucceededCount() == 5 ? 0 : 1);
    }
}
