package org.gradcheck4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.gradcheck4j.internal.directional.DirectionalCheck;
import org.gradcheck4j.testlayers.Dense;
import org.gradcheck4j.testlayers.Mat;
import org.junit.jupiter.api.Test;

/** The directional mode names exactly the planted wrong components of a large tensor. */
class LocalisationTests {

    @Test
    void namesOneWrongElementAmongAMillion() {
        Random r = new Random(1);
        int row = 417;
        int col = 733;
        GradCheckResult result = GradCheck.of(new Planted(1000, 1000, r, (i, j) -> i == row && j == col))
                .input(Mat.random(1000, 2, r, 1)).mode(CheckMode.DIRECTIONAL).run();
        TensorResult w = result.tensor("W").orElseThrow();
        assertEquals(List.of("W"), result.failingTensors().stream().map(TensorResult::name).toList(), result::message);
        assertEquals("W[417,733]", w.worst().get(0).name(), result::message);
        assertEquals(Set.of(row * 1000 + col), wrong(w, result.thresholds()), result::message);
        assertTrue(w.checked() < 40, "checked " + w.checked());
        assertTrue(result.evaluations() < 400, "evaluations " + result.evaluations());
        assertTrue(result.notes().stream().anyMatch(n -> n.text().contains("lies in W[417,733] (100 %)")), result::message);
    }

    @Test
    void namesAWrongRowAsTheRowFromAFewOfItsComponents() {
        Random r = new Random(2);
        GradCheckResult result = GradCheck.of(new Planted(300, 200, r, (i, j) -> i == 57))
                .input(Mat.random(300, 2, r, 1)).mode(CheckMode.DIRECTIONAL).run();
        TensorResult w = result.tensor("W").orElseThrow();
        Set<Integer> wrong = wrong(w, result.thresholds());
        assertFalse(wrong.isEmpty(), result::message);
        assertTrue(cells(200, 300, (i, j) -> i == 57).containsAll(wrong), result::message);
        assertTrue(result.notes().stream().anyMatch(n -> n.text().contains("lies in W[57,*] (100 %)")), result::message);
        assertTrue(w.checked() <= DirectionalCheck.SAMPLE_SIZE + 4, "checked " + w.checked());
    }

    @Test
    void namesAWrongColumnAsTheColumnFromAFewOfItsComponents() {
        Random r = new Random(3);
        GradCheckResult result = GradCheck.of(new Planted(200, 300, r, (i, j) -> j == 11))
                .input(Mat.random(200, 2, r, 1)).mode(CheckMode.DIRECTIONAL).run();
        TensorResult w = result.tensor("W").orElseThrow();
        Set<Integer> wrong = wrong(w, result.thresholds());
        assertFalse(wrong.isEmpty(), result::message);
        assertTrue(cells(300, 200, (i, j) -> j == 11).containsAll(wrong), result::message);
        assertTrue(result.notes().stream().anyMatch(n -> n.text().contains("lies in W[*,11] (100 %)")), result::message);
    }

    @Test
    void namesTwoScatteredElements() {
        Random r = new Random(4);
        GradCheckResult result = GradCheck.of(new Planted(400, 300, r, (i, j) -> i == 3 && j == 390
                        || i == 250 && j == 7)).input(Mat.random(400, 2, r, 1)).mode(CheckMode.DIRECTIONAL).run();
        TensorResult w = result.tensor("W").orElseThrow();
        assertEquals(Set.of(3 * 400 + 390, 250 * 400 + 7), wrong(w, result.thresholds()), result::message);
        assertTrue(result.notes().stream().anyMatch(n -> n.text().contains("W[3,390] (")
                && n.text().contains("W[250,7] (")), result::message);
    }

    @Test
    void namesTheSubtleOutlierThatTheExhaustiveModeNames() {
        GradCheckResult r = GradCheck.of(new AccuracyTests.OneWrongAmongMany(new Random(5)))
                .mode(CheckMode.DIRECTIONAL).run();
        assertEquals(Verdict.FAIL, r.verdict(), r::message);
        assertEquals("W[123,45]", r.tensor("W").orElseThrow().worst().get(0).name(), r::message);
        assertTrue(r.notes().stream().anyMatch(n -> n.text().endsWith("W[123,45]") && n.text().contains("outlying")), r::message);
    }

    /** The checked components whose own relative error reaches the fail threshold. */
    static Set<Integer> wrong(TensorResult t, Thresholds thresholds) {
        double[] a = t.analytic();
        double[] n = t.numeric();
        Set<Integer> wrong = new TreeSet<>();
        for (int i = 0; i < n.length; i++) {
            double scale = Math.abs(a[i]) + Math.abs(n[i]);
            if (!Double.isNaN(n[i]) && Math.abs(a[i] - n[i]) >= thresholds.fail() * scale) {
                wrong.add(i);
            }
        }
        return wrong;
    }

    private static Set<Integer> checked(TensorResult t) {
        double[] n = t.numeric();
        Set<Integer> checked = new TreeSet<>();
        for (int i = 0; i < n.length; i++) {
            if (!Double.isNaN(n[i])) {
                checked.add(i);
            }
        }
        return checked;
    }

    static Set<Integer> cells(int rows, int cols, CellPredicate p) {
        Set<Integer> s = new TreeSet<>();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (p.test(i, j)) {
                    s.add(i * cols + j);
                }
            }
        }
        return s;
    }

    /** Which cells of dW are planted wrong. */
    interface CellPredicate {
        boolean test(int row, int col);
    }

    /** A dense layer whose dW is too large by 1 + |dW| in the planted cells. */
    static class Planted extends Dense {
        private final CellPredicate wrong;

        Planted(int in, int out, Random random, CellPredicate wrong) {
            super(in, out, random);
            this.wrong = wrong;
        }

        @Override
        public double[][] backward(double[][] dy) {
            double[][] dx = super.backward(dy);
            for (int i = 0; i < dW.length; i++) {
                for (int j = 0; j < dW[i].length; j++) {
                    if (wrong.test(i, j)) {
                        dW[i][j] += 1 + Math.abs(dW[i][j]);
                    }
                }
            }
            return dx;
        }
    }
}
