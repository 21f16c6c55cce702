package org.gradcheck4j.internal.results;

import java.nio.file.Path;
import java.util.List;
import org.gradcheck4j.Verdict;

/**
 * The one line printed at the end of a JUnit run: how many checks failed, of how many, and where
 * the report is. A check fails when its verdict fails a test (FAIL and the non-numeric outcomes;
 * an unknown verdict counts as failed). Internal.
 *
 * @param checks the checks in the report
 * @param failed those whose verdict fails a test
 */
public record RunSummary(int checks, int failed) {

    /** The summary of checks with these verdicts (names of {@link Verdict} constants). */
    public static RunSummary of(List<String> verdicts) {
        return new RunSummary(verdicts.size(), (int) verdicts.stream().filter(v -> !passes(v)).count());
    }

    private static boolean passes(String verdict) {
        try {
            return Verdict.valueOf(verdict).passes(false);
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /** {@code gradcheck4j: 2 of 733 checks failed; report: file:///…/index.html}. */
    public String line(Path page) {
        return "gradcheck4j: " + failed + " of " + checks + (checks == 1 ? " check" : " checks") + " failed; report: "
                + page.toAbsolutePath().toUri();
    }
}
