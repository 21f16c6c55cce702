package org.gradcheck4j.internal.directional;

import java.util.function.DoubleSupplier;
import org.gradcheck4j.internal.objective.NotFinite;
import org.gradcheck4j.internal.theta.TensorSlot;

/**
 * Moves one block of a tensor along a direction and back: evaluates {@code J(θ + tδ)} and
 * {@code J(θ − tδ)} with δ restricted to the block, and the analytic prediction of their
 * difference {@code Σ g_i (θ⁺_i − θ⁻_i)} over the values actually stored (a float tensor rounds
 * θ ± tδ, and the prediction uses the rounded step, so storage rounding never counts as error).
 * Every value is written back bit-exactly. Buffers are allocated once per tensor, never per probe.
 * Internal.
 */
final class Probe {

    private final TensorSlot slot;
    private final double[] analytic;
    private final DoubleSupplier cost;
    private final Grid grid;
    private final double[] saved;
    private final double[] moved;
    private double spread;

    Probe(TensorSlot slot, double[] analytic, DoubleSupplier cost) {
        this.slot = slot;
        this.analytic = analytic;
        this.cost = cost;
        this.grid = Grid.of(slot.shape(), slot.size());
        this.saved = slot.values();
        this.moved = new double[slot.size()];
    }

    Grid grid() {
        return grid;
    }

    TensorSlot slot() {
        return slot;
    }

    /**
     * Probes {@code block} along {@code steps} scaled by {@code t}.
     *
     * @param steps the direction δ over the whole tensor. Not modified.
     */
    Difference run(Block block, double[] steps, double t) {
        double plus;
        double minus;
        double predicted;
        try {
            move(block, steps, t);
            plus = cost.getAsDouble();
            predicted = moveBack(block, steps, t);
            minus = cost.getAsDouble();
        } finally {
            restore(block);
        }
        if (!Double.isFinite(plus) || !Double.isFinite(minus)) {
            throw new NotFinite("J is " + (Double.isFinite(plus) ? minus : plus) + " when " + slot.name()
                    + " is moved along a random direction (rows " + block.row0() + ".." + (block.row1() - 1)
                    + ", columns " + block.col0() + ".." + (block.col1() - 1) + ", base step " + t + ")");
        }
        return new Difference(plus - minus, predicted, plus, minus, Math.sqrt(spread));
    }

    private void move(Block b, double[] steps, double t) {
        for (int r = b.row0(); r < b.row1(); r++) {
            for (int c = b.col0(); c < b.col1(); c++) {
                int i = grid.index(r, c);
                slot.set(i, saved[i] + t * steps[i]);
                moved[i] = slot.get(i) - saved[i];
            }
        }
    }

    private double moveBack(Block b, double[] steps, double t) {
        double predicted = 0;
        double squares = 0;
        for (int r = b.row0(); r < b.row1(); r++) {
            for (int c = b.col0(); c < b.col1(); c++) {
                int i = grid.index(r, c);
                slot.set(i, saved[i] - t * steps[i]);
                double term = analytic[i] * (moved[i] + (saved[i] - slot.get(i)));
                predicted += term;
                squares += term * term;
            }
        }
        spread = squares;
        return predicted;
    }

    private void restore(Block b) {
        for (int r = b.row0(); r < b.row1(); r++) {
            for (int c = b.col0(); c < b.col1(); c++) {
                int i = grid.index(r, c);
                slot.set(i, saved[i]);
            }
        }
    }

    /**
     * One probe's outcome.
     *
     * <p>Its relative error is {@code |Δnum − Δana| / max(|Δnum| + |Δana|, spread)}. The floor
     * {@code spread = ‖(g_i · Δθ_i)_i‖₂} is the typical size of {@code |Δana|} for random signs: a
     * direction along which the terms of g·Δθ happen to cancel would otherwise divide J's rounding
     * error by a chance near-zero. It does not dull the test: for random signs |Δana| is about
     * 0.8 · spread anyway.
     *
     * @param numeric {@code J(θ + tδ) − J(θ − tδ)}
     * @param analytic the analytic prediction of the same difference
     * @param plus {@code J(θ + tδ)}
     * @param minus {@code J(θ − tδ)}
     * @param spread the Euclidean norm of the terms of {@code analytic}
     */
    record Difference(double numeric, double analytic, double plus, double minus, double spread) {

        /** {@code |numeric − analytic|}. */
        double error() {
            return Math.abs(numeric - analytic);
        }

        /** {@code numeric − analytic}, which adds up over disjoint blocks. */
        double signedError() {
            return numeric - analytic;
        }

        /** The scale errors are measured against: {@code max(|numeric| + |analytic|, spread)}. */
        double scale() {
            return Math.max(Math.abs(numeric) + Math.abs(analytic), spread);
        }

        /** The error relative to {@link #scale()}, 0 when both are 0. */
        double relativeError() {
            return relative(numeric, analytic, spread);
        }

        /** {@code |numeric − analytic| / max(|numeric| + |analytic|, spread)}, 0 when all are 0. */
        static double relative(double numeric, double analytic, double spread) {
            double scale = Math.max(Math.abs(numeric) + Math.abs(analytic), spread);
            return scale == 0 ? 0 : Math.abs(numeric - analytic) / scale;
        }
    }
}
