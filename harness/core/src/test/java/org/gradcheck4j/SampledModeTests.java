package org.gradcheck4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.gradcheck4j.testlayers.Dense;
import org.gradcheck4j.testlayers.Mat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sampled mode checks every row and every column of each tensor exactly, for 2·max(rows, cols)
 * evaluations per tensor, catches what touches whole rows, columns or tensors, and says what it did
 * not check.
 */
class SampledModeTests {

    /** A dense layer whose dW is wrong in one row only. */
    static class WrongRow extends Dense {
        private final int row;

        WrongRow(int in, int out, int row, Random random) {
            super(in, out, random);
            this.row = row;
        }

        @Override
        public double[][] backward(double[][] dy) {
            double[][] dx = super.backward(dy);
            for (int j = 0; j < dW[row].length; j++) {
                dW[row][j] *= 1.5;
            }
            return dx;
        }
    }

    /** A dense layer whose dW is wrong in one column only. */
    static class WrongColumn extends Dense {
        private final int col;

        WrongColumn(int in, int out, int col, Random random) {
            super(in, out, random);
            this.col = col;
        }

        @Override
        public double[][] backward(double[][] dy) {
            double[][] dx = super.backward(dy);
            for (double[] r : dW) {
                r[col] = -r[col];
            }
            return dx;
        }
    }

    static Stream<Arguments> plantedBugs() {
        return PlantedBugTests.plantedBugs();
    }

    static Stream<Arguments> correctLayers() {
        return DirectionalModeTests.correctLayers();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plantedBugs")
    void catchesEveryPlantedBugInTheRightTensor(String name, Function<Random, GradCheck> check, List<String> failing) {
        for (long seed = 1; seed <= 3; seed++) {
            GradCheckResult result = check.apply(new Random(seed)).seed(seed).mode(CheckMode.SAMPLED).run();
            assertEquals(CheckMode.SAMPLED, result.mode());
            assertEquals(Verdict.FAIL, result.verdict(), result::message);
            assertEquals(failing, result.failingTensors().stream().map(TensorResult::name).toList(), result::message);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("correctLayers")
    void passesCorrectLayersNoWorseThanTheExhaustiveMode(String name, Function<Random, GradCheck> check) {
        for (long seed = 1; seed <= 5; seed++) {
            GradCheckResult result = check.apply(new Random(seed)).seed(seed).mode(CheckMode.SAMPLED).run();
            GradCheckResult exhaustive = check.apply(new Random(seed)).seed(seed).mode(CheckMode.EXHAUSTIVE).run();
            assertTrue(result.passes(true), result::message);
            assertTrue(result.verdict().compareTo(exhaustive.verdict()) <= 0,
                    () -> result.message() + "\nexhaustive:\n" + exhaustive.message());
        }
    }

    @Test
    void everyRowAndColumnIsCheckedAndTheRestIsNaN() {
        Random r = new Random(5);
        GradCheckResult result = GradCheck.of(new Dense(30, 20, r)).input(Mat.random(30, 5, r, 1))
                .mode(CheckMode.SAMPLED).run();
        assertEquals(Verdict.PASS, result.verdict(), result::message);
        assertCoversRowsAndColumns(result.tensor("W").orElseThrow(), 20, 30, 30);
        assertCoversRowsAndColumns(result.tensor("b").orElseThrow(), 20, 1, 20);
        assertCoversRowsAndColumns(result.tensor("x").orElseThrow(), 30, 5, 30);
        assertThat(result.notes()).anyMatch(n -> n.text().startsWith("sampled mode: 80 of 770 components checked exactly")
                && n.text().contains("every row and every column is represented") && n.text().contains("cannot show"));
    }

    @Test
    void costsTwoEvaluationsPerSampledComponentPlusTheStateChecks() {
        Random r = new Random(6);
        GradCheckResult result = GradCheck.of(new Dense(300, 200, r)).input(Mat.random(300, 2, r, 1))
                .mode(CheckMode.SAMPLED).run();
        assertEquals(Verdict.PASS, result.verdict(), result::message);
        long sampled = 300 + 200 + 300;
        long noise = org.gradcheck4j.internal.differences.Noise.EVALUATIONS + 1;
        assertThat(result.evaluations()).as("the samples, J's state checks and the measurement of its noise")
                .isBetween(2 * sampled + noise, 2 * sampled + noise + 8);
    }

    @Test
    void aWrongRowOrColumnFailsAndIsNamed() {
        for (long seed = 1; seed <= 5; seed++) {
            Random r = new Random(seed);
            GradCheckResult row = GradCheck.of(new WrongRow(40, 30, 17, r)).input(Mat.random(40, 3, r, 1))
                    .seed(seed).mode(CheckMode.SAMPLED).run();
            assertEquals(List.of("W"), row.failingTensors().stream().map(TensorResult::name).toList(), row::message);
            assertThat(row.tensor("W").orElseThrow().worst().get(0).name()).startsWith("W[17,");
            GradCheckResult col = GradCheck.of(new WrongColumn(40, 30, 23, r)).input(Mat.random(40, 3, r, 1))
                    .seed(seed).mode(CheckMode.SAMPLED).run();
            assertEquals(List.of("W"), col.failingTensors().stream().map(TensorResult::name).toList(), col::message);
            assertThat(col.tensor("W").orElseThrow().worst().get(0).name()).endsWith(",23]");
        }
    }

    private static void assertCoversRowsAndColumns(TensorResult t, int rows, int cols, int expected) {
        double[] numeric = t.numeric();
        boolean[] rowSeen = new boolean[rows];
        boolean[] colSeen = new boolean[cols];
        int checked = 0;
        for (int i = 0; i < numeric.length; i++) {
            if (!Double.isNaN(numeric[i])) {
                rowSeen[i / cols] = true;
                colSeen[i % cols] = true;
                checked++;
            }
        }
        assertEquals(expected, checked, t.name());
        assertEquals(expected, t.checked(), t.name());
        for (int i = 0; i < rows; i++) {
            assertTrue(rowSeen[i], t.name() + " row " + i);
        }
        for (int j = 0; j < cols; j++) {
            assertTrue(colSeen[j], t.name() + " column " + j);
        }
    }
}
