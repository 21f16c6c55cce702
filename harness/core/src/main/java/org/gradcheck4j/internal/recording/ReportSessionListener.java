package org.gradcheck4j.internal.recording;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Records every gradient check of a JUnit run as JSON and has the HTML report rendered (when
 * {@code gradcheck4j-reports} is on the class path) when the session closes. Registered through {@code META-INF/services}, so that adding {@code gradcheck4j-harness}
 * is all a user does. Not {@code testPlanExecutionFinished}: Surefire forks run one test plan per
 * class. Internal.
 */
public final class ReportSessionListener implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        ResultRecorder.instance().sessionOpened();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        ResultRecorder.instance().sessionClosed();
    }
}
