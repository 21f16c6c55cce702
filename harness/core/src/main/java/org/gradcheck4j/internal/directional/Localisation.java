package org.gradcheck4j.internal.directional;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleSupplier;
import java.util.stream.IntStream;
import org.gradcheck4j.Note;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.internal.directional.Localiser.Located;
import org.gradcheck4j.internal.directional.Probe.Difference;
import org.gradcheck4j.internal.theta.TensorSlot;

/**
 * Localises the error of a tensor whose directional test did not pass, checks components of the
 * blocks found exactly and says which blocks hold most of the disagreement ({@link BlockShares}).
 * Each block gets {@link #BLOCK_SAMPLE} stratified components first; when at least half of them are
 * wrong the block is mostly wrong and nothing more of it is computed (group testing and exact
 * checks of every candidate pay off only for few wrong components); otherwise every component of
 * the block is computed, up to {@link #EXACT_LIMIT} in all (a stratified {@link #SPREAD_SAMPLE}
 * beyond); once a wrong component is found (the tensor fails), only while the round's budget of
 * {@code min(2N, c · k · ⌈log₂ N⌉)} evaluations lasts (c = {@link #PER_BLOCK}, k the located blocks,
 * N the tensor's size, group testing included; the first sample of every block is always computed). When every component checked agrees (kinks crossed by
 * the directional step), they are held still and the rest of the tensor is probed again along the
 * same direction; what still stands out is localised in turn, up to {@link #PEEL_ROUNDS} rounds. The first round infers the second
 * half of each split from its block (errors of disjoint blocks add up to first order); that fails
 * across a kink shared by two components (a max-pool tie), so later rounds probe both halves.
 * Internal.
 */
final class Localisation {

    /** Rounds of localisation with the components found so far held still. */
    static final int PEEL_ROUNDS = 3;
    /** The most located components whose numeric value is computed exactly. */
    static final int EXACT_LIMIT = 512;
    /** How many components of a block larger than what is left of {@link #EXACT_LIMIT} are computed. */
    static final int SPREAD_SAMPLE = 64;
    /** The components of each block computed first, to tell a mostly wrong block. */
    static final int BLOCK_SAMPLE = 4;
    /** The evaluations a round may spend per located block and per halving of the tensor (c in the budget). */
    static final int PER_BLOCK = 8;

    private final PartialCheck check;
    private final TensorSlot slot;
    private final Probe probe;
    private final ExactComponents exact;
    private final double[] floors;
    private final Thresholds thresholds;
    private final DoubleSupplier cost;
    private final DoubleSupplier examiningCost;
    private long spent;

    Localisation(PartialCheck check, Probe probe, ExactComponents exact, double[] floors) {
        this.check = check;
        this.slot = probe.slot();
        this.probe = probe;
        this.exact = exact;
        this.floors = floors;
        this.thresholds = check.thresholds();
        this.cost = counted(check.cost());
        this.examiningCost = counted(check.examiningCost());
    }

    /** {@code cost}, each evaluation also counted as spent by this localisation. */
    private DoubleSupplier counted(DoubleSupplier cost) {
        return () -> {
            spent++;
            return cost.getAsDouble();
        };
    }

    /** Searches the tensor along the worst direction of {@code test}. */
    Search search(DirectionalTest.Outcome test) {
        double[] steps = test.steps().clone();
        Difference root = test.root();
        double denominator = test.root().scale();
        double limit = Math.sqrt(thresholds.pass() * thresholds.fail());
        TreeSet<Integer> found = new TreeSet<>();
        for (int round = 0; round < PEEL_ROUNDS; round++) {
            Located located = Localiser.locate(probe, steps, test.scale(), root, limit * denominator, round == 0);
            List<Block> blocks = located.candidates() == 0 ? List.of() : CandidateBlocks.of(located);
            spent = 2L * located.probes();
            int[] cells = checkBlocks(blocks, budget(blocks.size()));
            note(located, blocks, cells);
            Arrays.stream(cells).forEach(found::add);
            int[] all = found.stream().mapToInt(Integer::intValue).toArray();
            if (exact.anyFailing(cells, thresholds, floors)) {
                return new Search(all, true, false, Double.NaN);
            }
            if (cells.length == 0 || cells.length < blocks.stream().mapToLong(Block::size).sum()) {
                break;
            }
            for (int i : cells) {
                steps[i] = 0;
            }
            root = probe.run(probe.grid().all(), steps, test.scale());
            double rest = root.error() / denominator;
            if (rest <= limit) {
                return new Search(all, false, true, rest);
            }
        }
        return new Search(found.stream().mapToInt(Integer::intValue).toArray(), false, false, Double.NaN);
    }

    /**
     * The evaluations one round may spend, group testing included: {@code min(2N, c · k · ⌈log₂ N⌉)}
     * with c = {@link #PER_BLOCK}, k the located blocks and N the tensor's size, but never less than
     * the first sample of every block costs.
     */
    private long budget(int blocks) {
        long n = probe.grid().all().size();
        long logN = 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1));
        return Math.min(2 * n, (long) PER_BLOCK * Math.max(1, blocks) * Math.max(1, logN));
    }

    /**
     * Computes components of every block exactly, as the class comment says; once one of them is
     * wrong (the tensor fails), the components beyond each block's first sample only while the
     * round's {@code allowed} evaluations last. Returns them.
     */
    private int[] checkBlocks(List<Block> blocks, long allowed) {
        TreeSet<Integer> cells = new TreeSet<>();
        int limit = EXACT_LIMIT;
        for (Block b : blocks) {
            int[] first = compute(b, BLOCK_SAMPLE);
            Arrays.stream(first).forEach(cells::add);
            if (first.length == b.size() || 2 * exact.countWrong(first, thresholds, floors) >= first.length) {
                continue;
            }
            boolean failing = exact.anyFailing(cells.stream().mapToInt(Integer::intValue).toArray(), thresholds, floors);
            long affordable = failing ? Math.max(0, (allowed - spent) / 2) : Long.MAX_VALUE;
            int k = (int) Math.min(b.size() <= limit ? b.size() : SPREAD_SAMPLE, affordable);
            if (k > first.length) {
                int[] rest = compute(b, k);
                limit -= Math.min(limit, rest.length);
                Arrays.stream(rest).forEach(cells::add);
            }
        }
        return cells.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Computes a stratified sample of at most {@code k} components of {@code b} exactly. */
    private int[] compute(Block b, int k) {
        int[] cells = StratifiedSample.draw(probe.grid(), IntStream.range(b.row0(), b.row1()).toArray(),
                IntStream.range(b.col0(), b.col1()).toArray(), k, check.seed());
        exact.compute(cells, cost, check.epsilon());
        exact.examineKinks(examiningCost, check.j0(), check.noise(), check.epsilon(), thresholds);
        return cells;
    }

    private void note(Located located, List<Block> blocks, int[] cells) {
        String head = slot.name() + ": localised by group testing in " + 2 * located.probes() + " evaluations";
        if (blocks.isEmpty()) {
            check.notes().add(Note.about(Note.Kind.LOCALISED, List.of(slot.name()), head + ": no block's error stands above"
                    + " the rounding error; the error is spread thinly over the tensor"));
            return;
        }
        int wrong = exact.countWrong(cells, thresholds, floors);
        BlockShares shares = BlockShares.of(blocks, exact, probe.grid());
        String where = wrong > 0 && shares.any() ? "the disagreement Σ(a − n)² " + shares.describe(slot, probe.grid())
                : "the directional error lies in " + names(blocks) + ", none of whose checked components is wrong";
        check.notes().add(Note.about(Note.Kind.LOCALISED, List.of(slot.name()), head + ": " + where + " ("
                + cells.length + " component(s) checked exactly, " + wrong + " wrong)"));
    }

    private String names(List<Block> blocks) {
        String shown = blocks.stream().limit(4).map(b -> BlockNames.of(slot.name(), slot.shape(), probe.grid(), b))
                .reduce((a, b) -> a + ", " + b).orElse("");
        return shown + (blocks.size() > 4 ? ", … (" + blocks.size() + " blocks)" : "");
    }

    /**
     * What localisation found.
     *
     * @param cells the components it checked exactly
     * @param failing whether one of them fails
     * @param explained whether they account for the directional error (the rest stands below √(pass · fail))
     * @param rest the error of the rest of the tensor relative to the whole tensor's scale, when explained
     */
    record Search(int[] cells, boolean failing, boolean explained, double rest) {
    }
}
