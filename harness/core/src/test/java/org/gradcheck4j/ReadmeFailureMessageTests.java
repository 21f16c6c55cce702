package org.gradcheck4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.gradcheck4j.testlayers.DenseBugs;
import org.gradcheck4j.testlayers.Mat;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The failure message README.md shows "verbatim" is the real message of the same planted bug. */
class ReadmeFailureMessageTests {

    private static final Path README = Path.of(System.getProperty("basedir", "."), "../../README.md");
    private static final String INTRODUCTION = "planted bug from the harness's own tests), verbatim:\n\n```\n";

    /** The check README describes: a dense layer 3 → 2 whose dW has its sign flipped, seed 77. */
    static String realMessage() {
        Random r = new Random(9);
        GradCheck check = GradCheck.of(new DenseBugs.SignFlippedWeightGradient(3, 2, r))
                .input(Mat.random(3, 4, r, 1)).seed(77);
        try {
            check.assertCorrect();
        } catch (AssertionFailedError e) {
            return e.getMessage();
        }
        throw new AssertionError("the planted sign bug passed its check");
    }

    static String readmeMessage() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf(INTRODUCTION);
        if (start < 0) {
            throw new AssertionError("README.md no longer introduces its failure message with `" + INTRODUCTION + "`");
        }
        start += INTRODUCTION.length();
        return readme.substring(start, readme.indexOf("\n```\n", start));
    }

    @Test
    void readmeShowsTheRealMessageOfItsPlantedBug() throws IOException {
        assertEquals(realMessage(), readmeMessage(), "README.md's failure message: replace it with the real one");
    }
}
