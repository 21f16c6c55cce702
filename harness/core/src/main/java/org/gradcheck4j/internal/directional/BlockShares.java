package org.gradcheck4j.internal.directional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gradcheck4j.internal.theta.TensorSlot;

/**
 * Which of the located blocks hold the disagreement: each block's squared difference
 * {@code Σ (a − n)²} estimated from its exactly checked components (their mean times the block's
 * size; exact when all were checked), and the smallest set of blocks, largest first, that holds at
 * least {@link #MOST} of the total. The rest of the tensor counts as holding none: its error along
 * the direction stood below the localisation's threshold. Internal.
 *
 * @param reported the blocks that hold most of the disagreement, largest share first
 * @param shares their shares of the squared difference, in the same order
 * @param spread whether they cover at least {@link #MOST} of the tensor's components (of more than one)
 */
record BlockShares(List<Block> reported, List<Double> shares, boolean spread) {

    /** The share of the squared difference the reported blocks hold at least. */
    static final double MOST = 0.9;

    /** The shares of {@code blocks}; none reported when no checked component disagrees. */
    static BlockShares of(List<Block> blocks, ExactComponents exact, Grid grid) {
        List<double[]> estimates = new ArrayList<>();
        double total = 0;
        for (int k = 0; k < blocks.size(); k++) {
            double estimate = estimate(blocks.get(k), exact, grid);
            estimates.add(new double[] {k, estimate});
            total += estimate;
        }
        estimates.sort(Comparator.comparingDouble((double[] e) -> -e[1]));
        List<Block> reported = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        double held = 0;
        long covered = 0;
        for (int k = 0; k < estimates.size() && total > 0 && held < MOST * total; k++) {
            Block b = blocks.get((int) estimates.get(k)[0]);
            reported.add(b);
            shares.add(estimates.get(k)[1] / total);
            held += estimates.get(k)[1];
            covered += b.size();
        }
        long size = grid.all().size();
        return new BlockShares(reported, shares, size > 1 && covered >= MOST * size);
    }

    /** The block's squared difference: the mean over its checked components times its size. */
    private static double estimate(Block b, ExactComponents exact, Grid grid) {
        double sum = 0;
        int n = 0;
        for (int r = b.row0(); r < b.row1(); r++) {
            for (int c = b.col0(); c < b.col1(); c++) {
                double d2 = exact.squaredDifference(grid.index(r, c));
                if (!Double.isNaN(d2)) {
                    sum += d2;
                    n++;
                }
            }
        }
        return n == 0 ? 0 : sum / n * b.size();
    }

    /** Whether there is anything to report. */
    boolean any() {
        return !reported.isEmpty();
    }

    /**
     * Where the disagreement lies, e.g. {@code lies in W[57,*] (100 %)} or {@code lies in W[10..19,*]
     * (55 %), W[50..59,*] (44 %)}; {@code is spread over the whole tensor} when the blocks cover most
     * of it.
     */
    String describe(TensorSlot slot, Grid grid) {
        if (spread) {
            return "is spread over the whole tensor";
        }
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < reported.size(); k++) {
            parts.add(BlockNames.of(slot.name(), slot.shape(), grid, reported.get(k)) + " (" + percent(shares.get(k)) + ")");
        }
        return "lies in " + parts.stream().collect(Collectors.joining(", "));
    }

    private static String percent(double share) {
        return share < 0.01 ? "<1 %" : String.format(Locale.ROOT, "%d %%", Math.round(100 * share));
    }
}
