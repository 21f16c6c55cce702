package org.gradcheck4j.internal.differences;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.apiguardian.api.API;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.theta.Theta;

/**
 * The rounding noise of J, measured for the layer at hand rather than assumed. θ is moved by one
 * unit in the last place of every element, with random signs, {@link #SAMPLES} times, and by the
 * same move negated; each time {@code e = (J(θ + δ) + J(θ − δ) − 2·J(θ))/2} is what rounding makes
 * of a change whose first-order part cancels (its second-order part is of the order of ulp², far
 * below rounding). The analytic gradient takes no part: predicting the change by {@code a·δ}, as
 * this measurement once did, let a wrong gradient inflate the noise several fold (a dense ReLU with
 * a sign-flipped dW: its correct input gradient, on a cluster of kinks, then passed the smoothness
 * test within the inflated noise and FAILed). {@code N = } {@link #SAFETY} {@code · max|e|}, and at least one ulp of J,
 * bounds the rounding error of a difference of two evaluations of J, so a two-sided difference at
 * step h carries an error below {@code N/h}. N is at least a few units of rounding of the terms J
 * sums (their magnitude S costs one more evaluation; see {@link #LEAST_UNITS_DOUBLE}). θ is restored bit-exactly after each sample. Costs
 * {@link #EVALUATIONS} evaluations of J whatever the size of θ. Internal.
 *
 * @param ofJ N, the rounding noise of a difference of two evaluations of J
 */
@API(status = INTERNAL, since = "0.1.0")
public record Noise(double ofJ) {

    /** Moves of θ sampled (each in both directions). */
    public static final int SAMPLES = 5;
    /** Evaluations of J spent on the measurement, two per sample. */
    public static final int EVALUATIONS = 2 * SAMPLES;
    /**
     * The least noise, in units of rounding of the terms J sums ({@code u·S}, u = 2⁻⁵² in double, 2⁻²⁴
     * when any tensor is float): ulp-sized moves cannot see every rounding a step sees. A float output
     * moves in whole ulps, which θ's ulps do not move at a saturated unit, and a sum of many terms
     * rounds differently only when its terms move by more than their own ulps (J = Σ w² over 60,000
     * weights: the samples under-read its noise a hundredfold). Larger moves would see them, but
     * would cross the kinks of every component near one and read kinks as noise.
     */
    static final double LEAST_UNITS_DOUBLE = 4;
    /** The least noise with float tensors, in float units of the terms J sums. */
    static final double LEAST_UNITS_FLOAT = 1;
    /** How far above the largest sampled error the noise is put (five samples under-read the tail). */
    public static final double SAFETY = 2;

    /**
     * Measures the noise of J at θ.
     *
     * @param j0 J at θ
     * @param terms the magnitude S of the terms J sums at θ
     */
    public static Noise measure(Theta theta, DoubleSupplier cost, double j0, DoubleSupplier terms) {
        SplittableRandom signs = new SplittableRandom(0x5eed);
        double least = theta.hasSinglePrecision() ? LEAST_UNITS_FLOAT * 0x1p-24 : LEAST_UNITS_DOUBLE * 0x1p-52;
        double largest = least * terms.getAsDouble() / SAFETY;
        for (int k = 0; k < SAMPLES; k++) {
            largest = Math.max(largest, Math.abs(sample(theta, cost, j0, signs)));
        }
        return new Noise(Math.max(SAFETY * largest, Math.ulp(j0)));
    }

    /** One sample: {@code (J(θ + δ) + J(θ − δ) − 2·J(θ))/2} for a random move δ of one ulp per element. */
    private static double sample(Theta theta, DoubleSupplier cost, double j0, SplittableRandom signs) {
        double[][] saved = theta.snapshot();
        try {
            boolean[][] up = new boolean[saved.length][];
            for (int s = 0; s < saved.length; s++) {
                up[s] = new boolean[saved[s].length];
                for (int i = 0; i < up[s].length; i++) {
                    up[s][i] = signs.nextBoolean();
                }
            }
            double plus = moved(theta, saved, up, true, cost);
            double minus = moved(theta, saved, up, false, cost);
            return Double.isFinite(plus) && Double.isFinite(minus) ? (plus + minus - 2 * j0) / 2 : 0;
        } finally {
            theta.restore(saved);
        }
    }

    /** J with every element moved by one ulp from its saved value, up where {@code up} says (or the opposite). */
    private static double moved(Theta theta, double[][] saved, boolean[][] up, boolean along, DoubleSupplier cost) {
        for (int s = 0; s < saved.length; s++) {
            TensorSlot slot = theta.slots().get(s);
            for (int i = 0; i < saved[s].length; i++) {
                double v = saved[s][i];
                double ulp = slot.isSinglePrecision() ? Math.ulp((float) v) : Math.ulp(v);
                slot.set(i, up[s][i] == along ? v + ulp : v - ulp);
            }
        }
        return cost.getAsDouble();
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
