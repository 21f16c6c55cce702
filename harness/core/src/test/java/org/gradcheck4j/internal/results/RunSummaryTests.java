package org.gradcheck4j.internal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The end-of-run line counts the checks that fail a test and says where the report is. */
class RunSummaryTests {

    @Test
    void failAndNonNumericOutcomesFailWarnAndMarginalDoNot() {
        RunSummary summary = RunSummary.of(List.of("PASS", "MARGINAL", "WARN", "FAIL", "ERROR", "TIMEOUT", "SOMETHING"));

        assertEquals(new RunSummary(7, 4), summary);
    }

    @Test
    void oneLineWithTheCountsAndTheReportsAddress() {
        Path page = Path.of("/tmp/module/target/gradcheck4j/index.html");

        assertEquals("gradcheck4j: 2 of 733 checks failed; report: file:///tmp/module/target/gradcheck4j/index.html",
                new RunSummary(733, 2).line(page));
        assertEquals("gradcheck4j: 0 of 1 check failed; report: file:///tmp/module/target/gradcheck4j/index.html",
                new RunSummary(1, 0).line(page));
    }
}
