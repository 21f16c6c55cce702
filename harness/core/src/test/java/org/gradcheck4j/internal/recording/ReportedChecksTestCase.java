package org.gradcheck4j.internal.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.testlayers.Dense;
import org.gradcheck4j.testlayers.DenseBugs;
import org.gradcheck4j.testlayers.Mat;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Checks run by {@link ReportForkMain} in forked JVMs (not by Surefire: the name ends in TestCase).
 * Each label names its fork and its test, so that a report can be checked against them.
 */
class ReportedChecksTestCase {

    private static String fork() {
        return System.getProperty("gradcheck4j.test.fork", "?");
    }

    @Test
    void correct() {
        Random r = new Random(11);
        Verdict v = GradCheck.of(new Dense(4, 3, r)).input(Mat.random(4, 5, r, 1))
                .label("fork " + fork() + " · correct").run().verdict();
        assertEquals(Verdict.PASS, v);
    }

    @Test
    void signFlipped() {
        Random r = new Random(12);
        Verdict v = GradCheck.of(new DenseBugs.SignFlippedWeightGradient(4, 3, r)).input(Mat.random(4, 5, r, 1))
                .label("fork " + fork() + " · signFlipped").run().verdict();
        assertEquals(Verdict.FAIL, v);
    }

    @RepeatedTest(3)
    void repeated(RepetitionInfo repetition) {
        Random r = new Random(repetition.getCurrentRepetition());
        Verdict v = GradCheck.of(new Dense(3, 2, r)).input(Mat.random(3, 4, r, 1)).seed(repetition.getCurrentRepetition())
                .label("fork " + fork() + " · repeated").run().verdict();
        assertEquals(Verdict.PASS, v);
    }
}
