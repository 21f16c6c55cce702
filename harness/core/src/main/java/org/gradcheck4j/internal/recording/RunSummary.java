package org.gradcheck4j.internal.recording;

import java.nio.file.Path;
import java.util.List;
import org.gradcheck4j.results.RecordedCheck;

/**
 * The one line printed at the end of a JUnit run: how many checks failed, of how many, and where
 * the report is. A check fails when its verdict fails a test (FAIL and the non-numeric outcomes) or
 * when a configuration error stopped it. Internal.
 *
 * @param checks the checks in the report
 * @param failed those that fail a test
 */
public record RunSummary(int checks, int failed) {

    /** The summary of these recorded checks. */
    public static RunSummary of(List<RecordedCheck> recorded) {
        return new RunSummary(recorded.size(), (int) recorded.stream().filter(RunSummary::fails).count());
    }

    private static boolean fails(RecordedCheck check) {
        return check.result().map(r -> !r.passes(false)).orElse(true);
    }

    /** {@code gradcheck4j: 2 of 733 checks failed; report: file:///…/index.html}. */
    public String line(Path page) {
        return counts() + "; report: " + page.toAbsolutePath().toUri();
    }

    /** The line without an HTML report: where the results files are, and how to get the report. */
    public String resultsLine(Path resultsDir) {
        return counts() + "; results: " + resultsDir.toAbsolutePath().toUri()
                + " (add gradcheck4j-reports, test scope, for the HTML report)";
    }

    private String counts() {
        return "gradcheck4j: " + failed + " of " + checks + (checks == 1 ? " check" : " checks") + " failed";
    }
}
