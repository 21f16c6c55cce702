package org.gradcheck4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.gradcheck4j.testlayers.Dense;
import org.gradcheck4j.testlayers.Mat;
import org.junit.jupiter.api.Test;

/** Which components the directional mode checks exactly, and which mode AUTO chooses. */
class SampledAndAutoModeTests {

    @Test
    void sampleOfASmallMatrixCoversEveryRowAndColumn() {
        Random r = new Random(1);
        GradCheckResult result = GradCheck.of(new Dense(12, 9, r)).input(Mat.random(12, 2, r, 1))
                .mode(CheckMode.DIRECTIONAL).run();
        TensorResult w = result.tensor("W").orElseThrow();
        Set<Integer> rows = new TreeSet<>();
        Set<Integer> cols = new TreeSet<>();
        double[] numeric = w.numeric();
        int present = 0;
        for (int i = 0; i < numeric.length; i++) {
            if (!Double.isNaN(numeric[i])) {
                rows.add(i / 12);
                cols.add(i % 12);
                present++;
            }
        }
        assertEquals(9, rows.size(), "rows " + rows);
        assertEquals(12, cols.size(), "columns " + cols);
        assertEquals(present, w.checked());
        assertTrue(w.checked() <= 16 && w.checked() < w.size(), "checked " + w.checked());
        assertTrue(result.notes().stream().anyMatch(n -> n.text().contains("16 components per tensor sampled (stratified")),
                result::message);
    }

    @Test
    void sampleOfALargeMatrixCoversEveryBandOfRowsAndColumns() {
        Random r = new Random(2);
        GradCheckResult result = GradCheck.of(new Dense(320, 160, r)).input(Mat.random(320, 2, r, 1))
                .mode(CheckMode.DIRECTIONAL).run();
        TensorResult w = result.tensor("W").orElseThrow();
        boolean[] rowBands = new boolean[16];
        boolean[] colBands = new boolean[16];
        double[] numeric = w.numeric();
        for (int i = 0; i < numeric.length; i++) {
            if (!Double.isNaN(numeric[i])) {
                rowBands[(i / 320) / 10] = true;
                colBands[(i % 320) / 20] = true;
            }
        }
        for (int k = 0; k < 16; k++) {
            assertTrue(rowBands[k], "rows " + 10 * k + ".." + (10 * k + 9) + " unsampled");
            assertTrue(colBands[k], "columns " + 20 * k + ".." + (20 * k + 19) + " unsampled");
        }
        assertEquals(16, w.checked());
    }

    @Test
    void autoChecksSmallThetaExhaustively() {
        Random r = new Random(3);
        GradCheckResult result = GradCheck.of(new Dense(20, 10, r)).input(Mat.random(20, 2, r, 1)).run();
        assertEquals(CheckMode.EXHAUSTIVE, result.mode());
        assertTrue(result.tensors().stream().allMatch(t -> t.checked() == t.size()));
    }

    @Test
    void autoChecksLargeThetaDirectionallyAndSaysSo() {
        Random r = new Random(4);
        GradCheckResult result = GradCheck.of(new Dense(200, 120, r)).input(Mat.random(200, 2, r, 1)).run();
        assertEquals(CheckMode.DIRECTIONAL, result.mode());
        assertEquals(Verdict.PASS, result.verdict(), result::message);
        assertTrue(result.notes().stream().anyMatch(n -> n.text().startsWith("AUTO chose the directional mode: θ has 24520")),
                result::message);
        assertTrue(result.evaluations() < 500, "evaluations " + result.evaluations());
    }

    @Test
    void exhaustiveCanBeForcedOnLargeTheta() {
        Random r = new Random(5);
        GradCheckResult result = GradCheck.of(new Dense(150, 140, r)).input(Mat.random(150, 1, r, 1))
                .mode(CheckMode.EXHAUSTIVE).run();
        assertEquals(CheckMode.EXHAUSTIVE, result.mode());
        assertTrue(result.tensors().stream().allMatch(t -> t.checked() == t.size()));
        assertTrue(result.evaluations() >= 2L * (150 * 140 + 140 + 150), "evaluations " + result.evaluations());
    }
}
