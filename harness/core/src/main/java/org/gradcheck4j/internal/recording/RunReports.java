package org.gradcheck4j.internal.recording;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.gradcheck4j.results.ResultsDirectory;

/**
 * Has a run's report rendered at the end of a JVM's tests, or, without a renderer on the class
 * path, deletes the results files of earlier runs and the previous run's page, so that a stale
 * report never looks current. Prints one
 * line either way; never throws. Internal.
 */
final class RunReports {

    private RunReports() {
    }

    /** Renders with the first {@link ReportRenderer} on the class path, if any. */
    static void render(ReportSettings target) {
        Optional<ReportRenderer> renderer;
        try {
            renderer = ServiceLoader.load(ReportRenderer.class).findFirst();
        } catch (ServiceConfigurationError e) {
            System.err.println("gradcheck4j: could not load the report renderer: " + e);
            renderer = Optional.empty();
        }
        render(target, renderer);
    }

    static void render(ReportSettings target, Optional<ReportRenderer> renderer) {
        try {
            if (renderer.isPresent()) {
                System.out.println(renderer.get().render(target).line(target.page()));
            } else {
                RunSummary summary = RunSummary.of(new ResultsDirectory(target.resultsDir())
                        .readRunDeletingOthers(target.runId(), new ArrayList<>()));
                boolean removed = Files.deleteIfExists(target.page());
                System.out.println(summary.resultsLine(target.resultsDir())
                        + (removed ? "; the previous run's report was removed" : ""));
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("gradcheck4j: could not render " + target.page() + " (results are in "
                    + target.resultsDir().toAbsolutePath() + "): " + e);
        }
    }
}
