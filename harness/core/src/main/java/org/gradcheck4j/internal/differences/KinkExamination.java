package org.gradcheck4j.internal.differences;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Comparator;
import java.util.function.DoubleSupplier;
import java.util.stream.IntStream;
import org.apiguardian.api.API;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.internal.objective.NotFinite;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.theta.Theta;
import org.gradcheck4j.internal.verdict.DecisionTable;
import org.gradcheck4j.internal.verdict.DecisionTable.Call;

/**
 * Examines the components whose two-sided difference disagrees with the analytic value: a
 * component may fail only where J is smooth along it. At the base step h and then at steps 10, 100,
 * … times smaller, J is evaluated at {@code θ_i ± h} and {@code θ_i ± 2h}; J is smooth there when
 * the two-sided differences at h and 2h agree and the one-sided gaps halve with the step
 * ({@link DecisionTable#smooth}). The first step at which the analytic value agrees with the
 * two-sided difference, or at which J is smooth, settles the component (its value replaces the
 * first one when the step is smaller). Smaller steps are tried while their measured noise still
 * resolves the disagreement ({@link DecisionTable#resolvable}); when none shows a smooth J the
 * component sits on a kink or a cluster of them, and it is accepted when the analytic value lies
 * between the one-sided derivatives at the finest step tried, inconclusive (never failed) when not.
 * The disagreeing components of a tensor are examined the largest disagreement first, and a tensor
 * whose smooth disagreements alone already make it FAIL is not examined further: its FAIL rests on
 * components shown smooth and wrong, and its other plainly wrong components cost nothing more (for a
 * clearly wrong tensor, a handful of examinations). Costs four evaluations per step tried; examines
 * at most {@link #MAX_EXAMINED} components in one check. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class KinkExamination {

    /** The most components examined in one check. */
    public static final int MAX_EXAMINED = 10_000;
    /** The most steps tried per component (the base step and five smaller ones). */
    static final int LEVELS = 6;
    private static final double SMALLER = 10;

    private final Theta theta;
    private final DoubleSupplier cost;
    private final double j0;
    private final Noise noise;
    private final double epsilon;
    private final Thresholds thresholds;
    private long evaluations;

    /**
     * @param noise the measured noise of J
     */
    public KinkExamination(Theta theta, DoubleSupplier cost, double j0, Noise noise, double epsilon,
                           Thresholds thresholds) {
        this.theta = theta;
        this.cost = cost;
        this.j0 = j0;
        this.noise = noise;
        this.epsilon = epsilon;
        this.thresholds = thresholds;
    }

    /**
     * Examines the disagreeing components of every tensor, the largest disagreement first, until the
     * tensor's smooth disagreements alone make it FAIL (see the class comment).
     *
     * @param analytic the analytic gradient. Not modified.
     * @param numeric the numeric gradient (NaN where not computed). Modified: values from a smaller
     *                step replace it.
     */
    public Kinks examine(double[][] analytic, double[][] numeric) {
        Kinks kinks = Kinks.none(numeric);
        int examined = 0;
        for (int s = 0; s < numeric.length && examined < MAX_EXAMINED; s++) {
            TensorSlot slot = theta.slots().get(s);
            Settling settling = new Settling(analytic[s], numeric[s], thresholds);
            int[] order = disagreeing(slot, analytic[s], numeric[s]);
            int k = 0;
            for (; k < order.length && examined < MAX_EXAMINED && !settling.settled(); k++) {
                int i = order[k];
                examined++;
                Call call = ladder(slot, i, analytic[s][i], numeric[s], kinks, s);
                kinks.record(s, i, call);
                if (call == Call.DISAGREES) {
                    settling.add(analytic[s][i], numeric[s][i]);
                }
            }
            if (settling.settled()) {
                kinks.settle(s, settling.count(), order.length - k);
            }
        }
        return kinks.withEvaluations(evaluations);
    }

    /**
     * The components of {@code slot} whose first-pass value disagrees with the analytic one beyond
     * the noise, the largest absolute disagreement first.
     */
    private int[] disagreeing(TensorSlot slot, double[] analytic, double[] numeric) {
        return IntStream.range(0, numeric.length)
                .filter(i -> !Double.isNaN(numeric[i]) && !DecisionTable.agrees(analytic[i], numeric[i], 0, thresholds)
                        && !DecisionTable.agrees(analytic[i], numeric[i],
                        noise.ofDifference(StepPolicy.step(slot.get(i), epsilon)), thresholds))
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> Math.abs(analytic[i] - numeric[i])).reversed())
                .mapToInt(Integer::intValue).toArray();
    }

    /** Steps down from the base step until one settles the component; see the class comment. */
    private Call ladder(TensorSlot slot, int i, double a, double[] numeric, Kinks kinks, int s) {
        Perturbation.Element element = Perturbation.of(slot, i);
        double left = Double.NaN;
        double right = Double.NaN;
        double sideNoise = 0;
        double divisor = 1;
        for (int k = 0; k < LEVELS; k++, divisor *= SMALLER) {
            Perturbation.Sides near = sides(slot, i, element, epsilon / divisor);
            Perturbation.Sides far = sides(slot, i, element, 2 * epsilon / divisor);
            double h = Math.min(near.up() - near.saved(), near.saved() - near.down());
            if (!(h > 0)) {
                break;
            }
            double eta = noise.ofDifference(h);
            double c1 = near.central();
            if (DecisionTable.agrees(a, c1, eta, thresholds)) {
                kinks.agreed(s, i, numeric, c1, divisor);
                return Call.AGREES;
            }
            double c2 = far.central();
            double l1 = near.left(j0);
            double r1 = near.right(j0);
            double gaps = Math.abs((r1 - l1) - (far.right(j0) - far.left(j0)) / 2);
            if (DecisionTable.smooth(Math.max(Math.abs(c1 - c2), gaps), c1, c2, eta, thresholds)) {
                if (!DecisionTable.resolvable(Math.abs(a - c1), DecisionTable.SMOOTH_NOISE_UNITS * eta)) {
                    break;
                }
                kinks.replace(s, i, numeric, c1, divisor);
                return Call.DISAGREES;
            }
            if (DecisionTable.quadratic(gaps, l1, r1, eta, thresholds)) {
                Call curved = curved(slot, i, element, a, c1, c2, eta, epsilon / divisor, numeric, kinks, s);
                if (curved != null) {
                    return curved;
                }
            }
            if (!DecisionTable.resolvable(Math.abs(r1 - l1), 2 * eta)) {
                break;
            }
            left = l1;
            right = r1;
            sideNoise = 2 * eta;
            if (!DecisionTable.resolvable(Math.abs(a - c1), DecisionTable.SMOOTH_NOISE_UNITS * SMALLER * eta)) {
                break;
            }
        }
        return Double.isNaN(left) ? Call.UNRESOLVED : DecisionTable.kink(a, left, right, sideNoise, thresholds);
    }

    /**
     * A J whose one-sided gaps halve with the step (no kink at θ) but whose two-sided differences at
     * h and 2h differ by more than the smoothness tolerance: a large third derivative (a float step,
     * a steep tanh) or a kink near 2h/3. Richardson's {@code (4·C(h) − C(2h))/3} and
     * {@code (4·C(2h) − C(4h))/3} agree on a smooth J (their error is O(h⁴)) and not across a kink;
     * when they agree the first judges the component. Two more evaluations; null when they disagree.
     */
    private Call curved(TensorSlot slot, int i, Perturbation.Element element, double a, double c1, double c2,
                        double eta, double step, double[] numeric, Kinks kinks, int s) {
        double c4 = sides(slot, i, element, 4 * step).central();
        double near = (4 * c1 - c2) / 3;
        double far = (4 * c2 - c4) / 3;
        double noise = Richardson.NOISE_FACTOR * eta;
        if (!DecisionTable.smooth(Math.abs(near - far), near, far, noise, thresholds)) {
            return null;
        }
        if (DecisionTable.agrees(a, near, noise, thresholds)) {
            kinks.extrapolated(s, i, numeric, near, true);
            return Call.AGREES;
        }
        if (!DecisionTable.resolvable(Math.abs(a - near), DecisionTable.SMOOTH_NOISE_UNITS * noise)) {
            return null;
        }
        kinks.extrapolated(s, i, numeric, near, false);
        return Call.DISAGREES;
    }

    private Perturbation.Sides sides(TensorSlot slot, int i, Perturbation.Element element, double step) {
        Perturbation.Sides sides = Perturbation.around(element, cost, step);
        evaluations += 2;
        if (!sides.finite()) {
            throw new NotFinite("J is not finite when " + slot.elementName(i) + " is perturbed by ±"
                    + StepPolicy.step(sides.saved(), step));
        }
        return sides;
    }

    /**
     * Whether a tensor's smooth disagreements alone make it FAIL, so that its other disagreeing
     * components need no examination: tested after each of them, with every component not yet
     * confirmed counted as agreeing.
     */
    private static final class Settling {
        private final double norms;
        private final Thresholds thresholds;
        private double diff2;
        private int count;
        private boolean settled;

        Settling(double[] analytic, double[] numeric, Thresholds thresholds) {
            this.thresholds = thresholds;
            double a2 = 0;
            double n2 = 0;
            for (int i = 0; i < analytic.length; i++) {
                a2 += analytic[i] * analytic[i];
                n2 += Double.isNaN(numeric[i]) ? analytic[i] * analytic[i] : numeric[i] * numeric[i];
            }
            this.norms = Math.sqrt(a2) + Math.sqrt(n2);
        }

        void add(double a, double n) {
            diff2 += (a - n) * (a - n);
            count++;
            settled = Math.sqrt(diff2) >= thresholds.fail() * norms;
        }

        int count() {
            return count;
        }

        boolean settled() {
            return settled;
        }
    }
}
