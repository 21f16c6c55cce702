package org.gradcheck4j.internal.differences;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.theta.Theta;

/**
 * The rounding noise of J, measured for the layer at hand rather than assumed. Every element of θ
 * is moved at once by ±h and ±2h along random signs σ (h a tenth of the check's step, as
 * {@link StepPolicy} scales it), and {@code e = (J(θ+δ) + J(θ−δ) − 2J) − (J(θ+2δ) + J(θ−2δ) − 2J)/4}
 * is what rounding makes of a combination in which the gradient cancels exactly (so a wrong analytic
 * gradient cannot inflate the noise) and the curvature cancels to O(h⁴) (the small part of it that
 * float rounding of the stored steps leaves is subtracted with the analytic gradient). Moving θ by a
 * step rather than by ulps matters: a sum of many terms rounds differently only when its terms move
 * by more than their ulps. {@code N = } {@link #SAFETY} {@code · max|e|}, and at least one ulp of J,
 * bounds the rounding error of a difference of two evaluations of J, so a two-sided difference at
 * step h carries an error below {@code N/h}. With float tensors N is at least the float rounding
 * of the terms J sums (the magnitude S, one more evaluation). θ is restored bit-exactly after each
 * sample. Costs {@link #SAMPLES} × 4 evaluations of J whatever the size of θ. Internal.
 *
 * @param ofJ N, the rounding noise of a difference of two evaluations of J
 */
public record Noise(double ofJ) {

    /** Samples of the noise; each costs four evaluations of J. */
    public static final int SAMPLES = 3;
    /** How far above the largest sampled error the noise is put (three samples under-read the tail). */
    public static final double SAFETY = 2;
    /** The measurement's step, as a fraction of the check's. */
    static final double STEP_FRACTION = 0.1;
    /**
     * With float tensors, the units of float rounding of the terms J sums that the noise is at least:
     * a float output moves in steps of its ulp, and where θ's steps do not move it (a saturated unit)
     * the samples cannot see those steps, while a difference at a larger step does.
     */
    public static final double FLOAT_OUTPUT_UNITS = 1;

    /**
     * Measures the noise of J at θ.
     *
     * @param j0 J at θ
     * @param analytic the analytic gradient, one array per slot. Not modified.
     * @param epsilon the check's base step
     * @param terms the magnitude S of the terms J sums at θ (evaluated for float tensors only)
     */
    public static Noise measure(Theta theta, DoubleSupplier cost, double j0, double[][] analytic, double epsilon,
                                DoubleSupplier terms) {
        SplittableRandom random = new SplittableRandom(0x5eed);
        double largest = theta.hasSinglePrecision() ? FLOAT_OUTPUT_UNITS * 0x1p-24 * terms.getAsDouble() : 0;
        double[][] saved = theta.snapshot();
        for (int k = 0; k < SAMPLES; k++) {
            double[][] signs = signs(saved, random);
            double near = pair(theta, cost, j0, analytic, saved, signs, STEP_FRACTION * epsilon);
            double far = pair(theta, cost, j0, analytic, saved, signs, 2 * STEP_FRACTION * epsilon);
            double e = near - far / 4;
            largest = Math.max(largest, Double.isFinite(e) ? Math.abs(e) : 0);
        }
        return new Noise(Math.max(SAFETY * largest, Math.ulp(j0)));
    }

    private static double[][] signs(double[][] like, SplittableRandom random) {
        double[][] signs = new double[like.length][];
        for (int s = 0; s < like.length; s++) {
            signs[s] = new double[like[s].length];
            for (int i = 0; i < signs[s].length; i++) {
                signs[s][i] = random.nextBoolean() ? 1 : -1;
            }
        }
        return signs;
    }

    /** {@code J(θ+δ) + J(θ−δ) − 2J − a·(δ⁺ + δ⁻)}, δ⁺ and δ⁻ the steps actually stored; θ restored. */
    private static double pair(Theta theta, DoubleSupplier cost, double j0, double[][] analytic, double[][] saved,
                               double[][] signs, double step) {
        double sum = -2 * j0;
        for (int side = 1; side >= -1; side -= 2) {
            try {
                sum += move(theta, analytic, saved, signs, side * step);
                sum += cost.getAsDouble();
            } finally {
                theta.restore(saved);
            }
        }
        return sum;
    }

    /** Moves θ by {@code step · σ_i · max(1, |θ_i|)}; returns {@code −a·δ} for the steps stored. */
    private static double move(Theta theta, double[][] analytic, double[][] saved, double[][] signs, double step) {
        double predicted = 0;
        for (int s = 0; s < saved.length; s++) {
            TensorSlot slot = theta.slots().get(s);
            for (int i = 0; i < saved[s].length; i++) {
                double v = saved[s][i];
                slot.set(i, v + signs[s][i] * Math.copySign(StepPolicy.step(v, Math.abs(step)), step));
                predicted += analytic[s][i] * (slot.get(i) - v);
            }
        }
        return -predicted;
    }

    /** The rounding error of a two-sided difference at stored step {@code h}: {@code N/h}. */
    public double ofDifference(double h) {
        return ofJ / h;
    }

    /** The noise floor of every component's two-sided difference at base step {@code epsilon}. */
    public double[][] components(Theta theta, double epsilon) {
        double[][] floors = new double[theta.slots().size()][];
        for (int s = 0; s < floors.length; s++) {
            floors[s] = components(theta.slots().get(s), epsilon);
        }
        return floors;
    }

    /** The noise floor of each of one slot's two-sided differences at base step {@code epsilon}. */
    public double[] components(TensorSlot slot, double epsilon) {
        double[] floors = slot.values();
        for (int i = 0; i < floors.length; i++) {
            floors[i] = ofDifference(StepPolicy.step(floors[i], epsilon));
        }
        return floors;
    }

    /** The Euclidean norm of some floors (of one tensor, or of several). */
    public static double norm(double[]... floors) {
        double sum = 0;
        for (double[] f : floors) {
            for (double v : f) {
                sum += v * v;
            }
        }
        return Math.sqrt(sum);
    }

    /** Whether {@code ‖a − n‖} lies within {@code floor} (NaN components, never computed, are skipped). */
    public static boolean within(double[] analytic, double[] numeric, double floor) {
        double diff2 = 0;
        for (int i = 0; i < analytic.length; i++) {
            double d = analytic[i] - numeric[i];
            diff2 += Double.isNaN(d) ? 0 : d * d;
        }
        return Math.sqrt(diff2) <= floor;
    }
}
