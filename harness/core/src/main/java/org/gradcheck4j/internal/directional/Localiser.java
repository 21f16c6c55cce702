package org.gradcheck4j.internal.directional;

import java.util.ArrayList;
import java.util.List;
import org.gradcheck4j.internal.directional.Probe.Difference;

/**
 * Finds the wrong components of a tensor that failed its directional test, by group testing along
 * the failing direction δ. The error of a block, {@code |ΔJ − g·Δθ|} with δ restricted to the block,
 * is additive over blocks, so of the two halves of a failing block at least one carries the error,
 * and only the first half is probed: the second's error is the block's minus the first's.
 * The rows are halved until single rows remain, then the columns likewise, keeping every half whose
 * error exceeds {@code τ = √(pass · fail) · scale} of the whole tensor ({@code scale} as in
 * {@link Probe.Difference#scale()}): an error at least fail · scale is far above τ, and the rounding error of a correct block (at most pass · scale for the
 * whole tensor, no larger for a part) far below. One wrong element among N costs 2·log₂ of rows
 * plus columns evaluations; a wrong row costs the row search plus a column search that stops once
 * more than {@link #MAX_FRONTIER} blocks would fail (the error is spread) and keeps the last level
 * whose blocks all failed, so that a half whose errors happen to cancel is not lost. A search in
 * which every failing block splits into two failing halves {@link #DENSE_LEVELS} levels in a row
 * stops there too (the blocks are mostly wrong: a wrong row's columns, a wholly wrong tensor cost
 * 7 probes instead of 31). A failing block neither of whose halves fails (errors that cancel) is
 * kept whole.
 * Internal.
 */
final class Localiser {

    /** Beyond this many failing blocks the error is spread and the search stops refining. */
    static final int MAX_FRONTIER = 16;
    /**
     * After this many levels in a row at which every failing block had both halves failing (at least
     * 2³ wrong components, evenly spread), the blocks are mostly wrong and the search stops refining:
     * group testing pays off only for few wrong components.
     */
    static final int DENSE_LEVELS = 3;

    private final Probe probe;
    private final double[] steps;
    private final double scale;
    private final double tau;
    private final boolean complementary;
    private int probes;

    private Localiser(Probe probe, double[] steps, double scale, double tau, boolean complementary) {
        this.probe = probe;
        this.steps = steps;
        this.scale = scale;
        this.tau = tau;
        this.complementary = complementary;
    }

    /**
     * Locates the failing rows and columns of the tensor that {@code root} found failing.
     *
     * @param tau the smallest block error that counts, normally {@code √(pass · fail) · root.scale()}
     * @param complementary whether to infer the second half's error from its block's instead of
     *                      probing it (exact to first order; not across kinks shared by two components)
     */
    static Located locate(Probe probe, double[] steps, double scale, Difference root, double tau,
                          boolean complementary) {
        Localiser l = new Localiser(probe, steps, scale, tau, complementary);
        Block all = probe.grid().all();
        if (!(root.error() > tau)) {
            return new Located(new int[0], new int[0], 0);
        }
        Tested whole = new Tested(all, root.signedError());
        List<Block> rows = l.search(whole, true);
        List<Block> cols = all.col1() - all.col0() > 1 ? l.search(whole, false) : List.of(all);
        return new Located(ranges(rows, true), ranges(cols, false), l.probes);
    }

    private List<Block> search(Tested root, boolean byRows) {
        List<Tested> frontier = List.of(root);
        List<Block> settled = new ArrayList<>();
        int denseLevels = 0;
        while (!frontier.isEmpty()) {
            List<Tested> next = new ArrayList<>();
            boolean doubled = true;
            for (Tested t : frontier) {
                if (extent(t.block(), byRows) <= 1) {
                    settled.add(t.block());
                    doubled = false;
                    continue;
                }
                List<Tested> failing = split(t, byRows);
                doubled &= failing.size() == 2;
                if (failing.isEmpty()) {
                    settled.add(t.block());
                } else {
                    next.addAll(failing);
                }
            }
            denseLevels = doubled ? denseLevels + 1 : 0;
            if (denseLevels >= DENSE_LEVELS) {
                next.stream().map(Tested::block).forEach(settled::add);
                return settled;
            }
            if (next.size() + settled.size() > MAX_FRONTIER) {
                frontier.stream().map(Tested::block).filter(b -> extent(b, byRows) > 1).forEach(settled::add);
                return settled;
            }
            frontier = next;
        }
        return settled;
    }

    /** Probes the halves of {@code t} and returns those whose error exceeds τ. */
    private List<Tested> split(Tested t, boolean byRows) {
        Block[] halves = byRows ? t.block().splitRows() : t.block().splitColumns();
        probes++;
        double first = probe.run(halves[0], steps, scale).signedError();
        double second = t.error() - first;
        if (!complementary) {
            probes++;
            second = probe.run(halves[1], steps, scale).signedError();
        }
        List<Tested> failing = new ArrayList<>(2);
        if (Math.abs(first) > tau) {
            failing.add(new Tested(halves[0], first));
        }
        if (Math.abs(second) > tau) {
            failing.add(new Tested(halves[1], second));
        }
        return failing;
    }

    /** A block and its signed error {@code ΔJ − g·Δθ}. */
    private record Tested(Block block, double error) {
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
