package org.gradcheck4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradcheck4j.LocalisationTests.CellPredicate;
import org.gradcheck4j.LocalisationTests.Planted;
import org.gradcheck4j.testlayers.Mat;
import org.junit.jupiter.api.Test;

/**
 * When many components of a tensor are wrong, the directional mode reports the blocks that hold most
 * of the disagreement, with their shares, and its failing check costs a bounded number of extra
 * evaluations: at most min(2N, {@link #PER_BLOCK}·k·log₂N) more than the same check of the correct
 * layer, N the tensor's size and k the number of blocks reported.
 */
class BlockLocalisationTests {

    /** The extra evaluations allowed per reported block and per halving of the tensor. */
    static final int PER_BLOCK = 16;
    private static final int ROWS = 200;
    private static final int COLS = 300;
    private static final Pattern BLOCK = Pattern.compile("W\\[([0-9.*]+),([0-9.*]+)\\] \\((\\d+|<1) %\\)");

    @Test
    void reportsTheOneWrongBlockAndNotTheWholeTensor() {
        CellPredicate planted = (i, j) -> i >= 100 && i < 132 && j >= 50 && j < 82;
        Localised l = check(planted, 11);
        assertTrue(l.cells().containsAll(LocalisationTests.cells(ROWS, COLS, planted)), l.text());
        assertTrue(l.cells().size() < ROWS * COLS / 4, l.text());
        assertFalse(l.text().contains("whole tensor"), l.text());
    }

    @Test
    void reportsAFewWrongBlocks() {
        CellPredicate planted = (i, j) -> i >= 20 && i < 40 || i >= 150 && i < 170;
        Localised l = check(planted, 12);
        assertTrue(l.cells().containsAll(LocalisationTests.cells(ROWS, COLS, planted)), l.text());
        assertTrue(l.cells().size() < ROWS * COLS / 2, l.text());
        assertTrue(l.blocks() >= 2, l.text());
    }

    @Test
    void reportsAFewScatteredComponentsOneByOne() {
        Set<Integer> planted = Set.of(3 * COLS + 290, 77 * COLS + 5, 140 * COLS + 160, 199 * COLS + 299);
        Localised l = check((i, j) -> planted.contains(i * COLS + j), 13);
        assertTrue(planted.containsAll(l.cells()) && l.blocks() >= 2, l.text());
    }

    @Test
    void saysSoWhenTheWholeTensorIsWrong() {
        Localised l = check((i, j) -> true, 14);
        assertTrue(l.text().contains("is spread over the whole tensor"), l.text());
        assertFalse(l.text().contains("lies in"), l.text());
    }

    /**
     * Checks W with the planted bug and the same layer without it; asserts the bug FAILs W alone
     * within the failing-check budget, and returns what its localisation note reports.
     */
    private static Localised check(CellPredicate planted, long seed) {
        GradCheckResult bad = run(planted, seed);
        GradCheckResult good = run((i, j) -> false, seed);
        assertEquals(List.of("W"), bad.failingTensors().stream().map(TensorResult::name).toList(), bad::message);
        String text = bad.notes().stream().filter(n -> n.kind() == Note.Kind.LOCALISED)
                .map(Note::text).reduce((a, b) -> a + "\n" + b).orElse("");
        Localised l = Localised.parse(text);
        long extra = bad.evaluations() - good.evaluations();
        int n = ROWS * COLS;
        double budget = Math.min(2.0 * n, PER_BLOCK * Math.max(1, l.blocks()) * Math.log(n) / Math.log(2));
        assertTrue(extra <= budget, "extra evaluations " + extra + " > " + budget + "\n" + bad.message());
        return l;
    }

    private static GradCheckResult run(CellPredicate planted, long seed) {
        Random r = new Random(seed);
        return GradCheck.of(new Planted(COLS, ROWS, r, planted)).input(Mat.random(COLS, 2, r, 1))
                .mode(CheckMode.DIRECTIONAL).run();
    }

    /** The blocks a localisation note names, as the cells they cover, and the note. */
    private record Localised(Set<Integer> cells, int blocks, String text) {

        static Localised parse(String text) {
            Matcher m = BLOCK.matcher(text);
            Set<Integer> cells = new TreeSet<>();
            List<String> names = new ArrayList<>();
            while (m.find()) {
                names.add(m.group());
                int[] rows = range(m.group(1), ROWS);
                int[] cols = range(m.group(2), COLS);
                for (int i = rows[0]; i <= rows[1]; i++) {
                    for (int j = cols[0]; j <= cols[1]; j++) {
                        cells.add(i * COLS + j);
                    }
                }
            }
            return new Localised(cells, names.size(), text);
        }

        private static int[] range(String s, int extent) {
            if (s.equals("*")) {
                return new int[] {0, extent - 1};
            }
            String[] ends = s.split("\\.\\.");
            return new int[] {Integer.parseInt(ends[0]), Integer.parseInt(ends[ends.length - 1])};
        }
    }
}
