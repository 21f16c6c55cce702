package org.gradcheck4j.internal.recording;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;
import org.gradcheck4j.results.RecordedCheck;

/**
 * The one line printed at the end of a JUnit run: how many checks failed, of how many, and where
 * the report is. A check fails when its verdict fails a test (FAIL and the non-numeric outcomes) or
 * when a configuration error stopped it; a planted bug that FAILed as its label announces
 * ({@link RecordedCheck#isExpectedFailure()}) is counted apart. Internal.
 *
 * @param checks the checks in the report
 * @param failed those that fail a test, expected failures not included
 * @param expected planted bugs that failed as expected
 */
@API(status = INTERNAL, since = "0.1.0")
public record RunSummary(int checks, int failed, int expected) {

    /**
     * A summary without expected failures.
     *
     * @param checks the checks in the report
     * @param failed those that fail a test
     */
    public RunSummary(int checks, int failed) {
        this(checks, failed, 0);
    }

    /**
     * The summary of these recorded checks.
     *
     * @param recorded the checks of the run. Not modified.
     * @return the counts of checks, of failures and of expected failures
     */
    public static RunSummary of(List<RecordedCheck> recorded) {
        int expected = (int) recorded.stream().filter(RecordedCheck::isExpectedFailure).count();
        int failing = (int) recorded.stream().filter(RunSummary::fails).count();
        return new RunSummary(recorded.size(), failing - expected, expected);
    }

    private static boolean fails(RecordedCheck check) {
        return check.result().map(r -> !r.passes(false)).orElse(true);
    }

    /**
     * {@code gradcheck4j: 2 of 733 checks failed; report: file:///…/index.html}.
     *
     * @param page the HTML report
     * @return the line, without a line break
     */
    public String line(Path page) {
        return counts() + "; report: " + page.toAbsolutePath().toUri();
    }

    /**
     * The line without an HTML report: where the results files are, and how to get the report.
     *
     * @param resultsDir the directory of the results files
     * @return the line, without a line break
     */
    public String resultsLine(Path resultsDir) {
        return counts() + "; results: " + resultsDir.toAbsolutePath().toUri()
                + " (add gradcheck4j-reports, test scope, for the HTML report)";
    }

    private String counts() {
        return "gradcheck4j: " + failed + " of " + checks + (checks == 1 ? " check" : " checks") + " failed"
                + (expected == 0 ? "" : " (and " + expected + " planted " + (expected == 1 ? "bug" : "bugs")
                + " failed as expected)");
    }
}
