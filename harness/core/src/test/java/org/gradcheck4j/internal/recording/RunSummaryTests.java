package org.gradcheck4j.internal.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.results.RecordedCheck;
import org.gradcheck4j.testlayers.Dense;
import org.gradcheck4j.testlayers.DenseBugs;
import org.gradcheck4j.testlayers.Mat;
import org.junit.jupiter.api.Test;

/** The end-of-run line counts the checks that fail a test and says where the report is. */
class RunSummaryTests {

    @Test
    void failingVerdictsAndConfigurationErrorsCountPassingOnesDoNot() {
        Random r = new Random(5);
        GradCheckResult pass = GradCheck.of(new Dense(3, 2, r)).input(Mat.random(3, 4, r, 1)).run();
        GradCheckResult fail = GradCheck.of(new DenseBugs.SignFlippedWeightGradient(3, 2, r))
                .input(Mat.random(3, 4, r, 1)).run();
        List<RecordedCheck> checks = new ArrayList<>();
        checks.add(RecordedCheck.of("a", "run", 1, "t", "T", pass));
        checks.add(RecordedCheck.of("b", "run", 1, "t", "T", fail));
        checks.add(RecordedCheck.ofConfigurationError("c", "run", 1, "t", "T", "com.x.L", "no @Backward"));

        assertEquals(new RunSummary(3, 2), RunSummary.of(checks));
    }

    @Test
    void plantedBugsThatFailAsTheirLabelAnnouncesAreCountedApart() {
        Random r = new Random(6);
        GradCheckResult caught = GradCheck.of(new DenseBugs.SignFlippedWeightGradient(3, 2, r))
                .input(Mat.random(3, 4, r, 1)).label("planted bug, expected FAIL: sign of dW").run();
        GradCheckResult missed = GradCheck.of(new Dense(3, 2, r)).input(Mat.random(3, 4, r, 1))
                .label("planted bug, expected FAIL: none").run();
        RunSummary summary = RunSummary.of(List.of(RecordedCheck.of("a", "run", 1, "t", "T", caught),
                RecordedCheck.of("b", "run", 1, "t", "T", missed)));

        assertEquals(new RunSummary(2, 0, 1), summary, "a planted bug that passes is not counted as failed either");
        assertEquals("gradcheck4j: 0 of 2 checks failed (and 1 planted bug failed as expected); report: file:///r/index.html",
                summary.line(Path.of("/r/index.html")));
    }

    @Test
    void oneLineWithTheCountsAndTheReportsAddress() {
        Path page = Path.of("/tmp/module/target/gradcheck4j/index.html");

        assertEquals("gradcheck4j: 2 of 733 checks failed; report: file:///tmp/module/target/gradcheck4j/index.html",
                new RunSummary(733, 2).line(page));
        assertEquals("gradcheck4j: 0 of 1 check failed; report: file:///tmp/module/target/gradcheck4j/index.html",
                new RunSummary(1, 0).line(page));
    }

    @Test
    void withoutTheReportsArtifactTheLineSaysWhereTheResultsAreAndHowToGetTheReport() {
        assertEquals("gradcheck4j: 1 of 4 checks failed; results: file:///tmp/m/target/gradcheck4j/results"
                        + " (add gradcheck4j-reports, test scope, for the HTML report)",
                new RunSummary(4, 1).resultsLine(Path.of("/tmp/m/target/gradcheck4j/results")));
    }
}
