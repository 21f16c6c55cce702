package org.gradcheck4j.internal.directional;

import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * A stratified random subset of the cells {@code rows × cols} of a tensor, in the manner of a Latin
 * hypercube: the k draws take the k bands of rows in order and the k bands of columns in a random
 * order, each at a random place within its band. With k at least the number of rows and of columns,
 * every row and every column is represented; with fewer, every band of ⌈rows/k⌉ rows and of
 * ⌈cols/k⌉ columns is. Internal.
 */
final class StratifiedSample {

    private StratifiedSample() {
    }

    /**
     * Draws at most {@code k} distinct cells, all of them when there are no more than k.
     *
     * @param rows the candidate rows, ascending
     * @param cols the candidate columns, ascending
     * @return row-major indices on {@code grid}, ascending
     */
    static int[] draw(Grid grid, int[] rows, int[] cols, int k, long seed) {
        TreeSet<Integer> cells = new TreeSet<>();
        if ((long) rows.length * cols.length <= k) {
            for (int r : rows) {
                for (int c : cols) {
                    cells.add(grid.index(r, c));
                }
            }
        } else {
            SplittableRandom random = new SplittableRandom(seed);
            int[] order = permutation(k, random);
            for (int j = 0; j < k; j++) {
                int r = rows[band(j, rows.length, k, random)];
                int c = cols[band(order[j], cols.length, k, random)];
                cells.add(grid.index(r, c));
            }
        }
        return cells.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int band(int j, int length, int k, SplittableRandom random) {
        if (length <= k) {
            return (int) ((long) j * length / k);
        }
        return (int) Math.min(length - 1, (long) Math.floor((j + random.nextDouble()) * length / k));
    }

    private static int[] permutation(int k, SplittableRandom random) {
        int[] p = new int[k];
        for (int i = 0; i < k; i++) {
            p[i] = i;
        }
        for (int i = k - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
