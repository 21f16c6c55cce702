package org.gradcheck4j.internal.directional;

import java.util.ArrayList;
import java.util.List;

/**
 * The blocks in which group testing located a tensor's disagreement: every run of consecutive
 * failing rows by every run of consecutive failing columns. Where there would be more than
 * {@link #MAX_BLOCKS} of them, the closest runs (the smallest gap between them) of the dimension with
 * more runs are merged, gaps included, until there are not. Internal.
 */
final class CandidateBlocks {

    /** The most blocks a localisation reports and checks. */
    static final int MAX_BLOCKS = 16;

    private CandidateBlocks() {
    }

    /** The blocks of {@code located}, row by row. */
    static List<Block> of(Localiser.Located located) {
        List<int[]> rows = runs(located.rows());
        List<int[]> cols = runs(located.cols());
        while (rows.size() * cols.size() > MAX_BLOCKS) {
            mergeClosest(rows.size() >= cols.size() ? rows : cols);
        }
        List<Block> blocks = new ArrayList<>(rows.size() * cols.size());
        for (int[] r : rows) {
            for (int[] c : cols) {
                blocks.add(new Block(r[0], r[1], c[0], c[1]));
            }
        }
        return blocks;
    }

    /** The runs of consecutive indices, each as {first, one past the last}. */
    static List<int[]> runs(int[] ascending) {
        List<int[]> runs = new ArrayList<>();
        for (int i : ascending) {
            int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last[1] == i) {
                last[1] = i + 1;
            } else {
                runs.add(new int[] {i, i + 1});
            }
        }
        return runs;
    }

    private static void mergeClosest(List<int[]> runs) {
        int best = 0;
        for (int k = 1; k + 1 < runs.size(); k++) {
            if (gap(runs, k) < gap(runs, best)) {
                best = k;
            }
        }
        runs.get(best)[1] = runs.get(best + 1)[1];
        runs.remove(best + 1);
    }

    private static int gap(List<int[]> runs, int k) {
        return runs.get(k + 1)[0] - runs.get(k)[1];
    }
}
