package org.gradcheck4j.internal.recording;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import org.apiguardian.api.API;

/**
 * Renders the report of a run from its results files, when the last launcher session of a JVM
 * that ran tests closes. {@code gradcheck4j-reports} provides one through
 * {@code META-INF/services}; without it, only the results files are written. Internal: for the
 * reports module only.
 */
@API(status = INTERNAL, since = "0.1.0")
public interface ReportRenderer {

    /**
     * Renders the report of run {@code settings.runId()} from the files in {@code settings.resultsDir()}
     * to {@code settings.page()}, also when the run has no check.
     *
     * @param settings the run, its results directory and the page to write
     * @return how many checks the report shows, and how many of them fail a test
     * @throws IOException if the results or the page cannot be accessed
     */
    RunSummary render(ReportSettings settings) throws IOException;
}
