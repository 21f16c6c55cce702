package org.gradcheck4j.internal.directional;

import java.util.ArrayList;
import java.util.List;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.internal.directional.Probe.Difference;

/**
 * Finds the wrong components of a tensor that failed its directional test, by group testing along
 * the failing direction δ. The error of a block, {@code |ΔJ − g·Δθ|} with δ restricted to the block,
 * is additive over blocks, so of the two halves of a failing block at least one carries the error.
 * The rows are halved until single rows remain, then the columns likewise, keeping every half whose
 * error exceeds {@code τ = √(pass · fail) · scale} of the whole tensor ({@code scale} as in
 * {@link Probe.Difference#scale()}): an error at least fail · scale is far above τ, and the rounding error of a correct block (at most pass · scale for the
 * whole tensor, no larger for a part) far below. One wrong element among N costs 4·log₂ of rows
 * plus columns evaluations; a wrong row costs the row search plus a column search that stops once
 * more than {@link #MAX_FRONTIER} blocks would fail (the error is spread) and keeps the last level
 * whose blocks all failed, so that a half whose errors happen to cancel is not lost. A failing block
 * neither of whose halves fails (errors that cancel) is kept whole.
 * Internal.
 */
final class Localiser {

    /** Beyond this many failing blocks the error is spread and the search stops refining. */
    static final int MAX_FRONTIER = 16;

    private final Probe probe;
    private final double[] steps;
    private final double scale;
    private final double tau;
    private int probes;

    private Localiser(Probe probe, double[] steps, double scale, double tau) {
        this.probe = probe;
        this.steps = steps;
        this.scale = scale;
        this.tau = tau;
    }

    /** Locates the failing rows and columns of the tensor that {@code root} found failing. */
    static Located locate(Probe probe, double[] steps, double scale, Difference root, Thresholds thresholds) {
        double tau = Math.sqrt(thresholds.pass() * thresholds.fail()) * root.scale();
        Localiser l = new Localiser(probe, steps, scale, tau);
        Block all = probe.grid().all();
        if (!(root.error() > tau)) {
            return new Located(new int[0], new int[0], 0);
        }
        List<Block> rows = l.search(all, true);
        List<Block> cols = all.col1() - all.col0() > 1 ? l.search(all, false) : List.of(all);
        return new Located(ranges(rows, true), ranges(cols, false), l.probes);
    }

    private List<Block> search(Block root, boolean byRows) {
        List<Block> frontier = List.of(root);
        List<Block> settled = new ArrayList<>();
        while (!frontier.isEmpty()) {
            List<Block> next = new ArrayList<>();
            for (Block b : frontier) {
                if (extent(b, byRows) <= 1) {
                    settled.add(b);
                    continue;
                }
                List<Block> failing = new ArrayList<>(2);
                for (Block half : byRows ? b.splitRows() : b.splitColumns()) {
                    probes++;
                    if (probe.run(half, steps, scale).error() > tau) {
                        failing.add(half);
                    }
                }
                if (failing.isEmpty()) {
                    settled.add(b);
                } else {
                    next.addAll(failing);
                }
            }
            if (next.size() + settled.size() > MAX_FRONTIER) {
                settled.addAll(frontier.stream().filter(b -> extent(b, byRows) > 1).toList());
                return settled;
            }
            frontier = next;
        }
        return settled;
    }

    private static int extent(Block b, boolean byRows) {
        return byRows ? b.row1() - b.row0() : b.col1() - b.col0();
    }

    private static int[] ranges(List<Block> blocks, boolean byRows) {
        return blocks.stream()
                .flatMapToInt(b -> byRows ? java.util.stream.IntStream.range(b.row0(), b.row1())
                        : java.util.stream.IntStream.range(b.col0(), b.col1()))
                .distinct().sorted().toArray();
    }

    /**
     * The rows and columns that carry the error; the wrong components lie in their product.
     *
     * @param rows the failing rows, ascending
     * @param cols the failing columns, ascending
     * @param probes how many blocks were probed (two evaluations of J each)
     */
    record Located(int[] rows, int[] cols, int probes) {

        /** The number of candidate components. */
        long candidates() {
            return (long) rows.length * cols.length;
        }
    }
}
