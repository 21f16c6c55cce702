package org.gradcheck4j.internal.recording;

import java.io.IOException;

/**
 * Renders the report of a run from its results files, when the last launcher session of a JVM
 * that ran tests closes. {@code gradcheck4j-reports} provides one through
 * {@code META-INF/services}; without it, only the results files are written. Internal: for the
 * reports module only.
 */
public interface ReportRenderer {

    /**
     * Renders the report of run {@code settings.runId()} from the files in {@code settings.resultsDir()}
     * to {@code settings.page()}, also when the run has no check.
     *
     * @return how many checks the report shows, and how many of them fail a test
     * @throws IOException if the results or the page cannot be accessed
     */
    RunSummary render(ReportSettings settings) throws IOException;
}
