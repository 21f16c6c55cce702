package org.gradcheck4j.internal.directional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.gradcheck4j.ComponentResult;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.internal.comparison.Comparison;
import org.gradcheck4j.internal.comparison.Outliers;
import org.gradcheck4j.internal.comparison.RelativeError;
import org.gradcheck4j.internal.differences.CentralDifference;
import org.gradcheck4j.internal.differences.Richardson;
import org.gradcheck4j.internal.differences.KinkExamination;
import org.gradcheck4j.internal.differences.Kinks;
import org.gradcheck4j.internal.differences.Noise;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.theta.Theta;
import org.gradcheck4j.internal.verdict.DecisionTable;

/**
 * The components of one tensor that get a numeric value of their own in the directional mode
 * (sampled or localised): each by the exhaustive mode's two-sided difference, the others NaN.
 * Internal.
 */
final class ExactComponents {

    private final TensorSlot slot;
    private final double[] analytic;
    private final double[] numeric;
    private final boolean[] kink;
    private final boolean[] unjudged;
    private final boolean[] excluded;
    private final boolean[] examined;
    private int checked;

    ExactComponents(TensorSlot slot, double[] analytic) {
        this.slot = slot;
        this.analytic = analytic;
        this.numeric = new double[slot.size()];
        this.kink = new boolean[slot.size()];
        this.unjudged = new boolean[slot.size()];
        this.excluded = new boolean[slot.size()];
        this.examined = new boolean[slot.size()];
        Arrays.fill(numeric, Double.NaN);
    }

    /**
     * Re-examines the checked components that disagree and were not examined before, as the
     * exhaustive mode does, in case their perturbation crossed a kink: values confirmed at a smaller
     * step replace the first ones, kink components are judged by their one-sided derivatives and never
     * fail. A component is examined once: a later call (localisation after the sample) costs only
     * what it adds.
     */
    void examineKinks(DoubleSupplier cost, double j0, Noise noise, double epsilon, Thresholds thresholds) {
        double[] fresh = new double[numeric.length];
        for (int i = 0; i < numeric.length; i++) {
            fresh[i] = examined[i] ? Double.NaN : numeric[i];
        }
        Kinks kinks = new KinkExamination(new Theta(List.of(slot)), cost, j0, noise, epsilon, thresholds)
                .examine(new double[][] {analytic}, new double[][] {fresh});
        boolean[] excluded0 = kinks.excluded(0);
        for (int i = 0; i < kink.length; i++) {
            if (!Double.isNaN(fresh[i])) {
                numeric[i] = fresh[i];
                examined[i] = true;
            }
            kink[i] |= kinks.marks()[0][i];
            excluded[i] |= excluded0[i];
            unjudged[i] |= kinks.unjudged()[0][i];
        }
    }

    /** Which components sat on a kink (not a copy). */
    boolean[] kinkMarks() {
        return kink;
    }

    /** How many checked components sat on a kink. */
    int kinks() {
        int n = 0;
        for (boolean k : kink) {
            n += k ? 1 : 0;
        }
        return n;
    }

    /** Whether a kink component could not be judged (its analytic value lies outside its one-sided derivatives). */
    boolean anyUnjudged() {
        for (boolean u : unjudged) {
            if (u) {
                return true;
            }
        }
        return false;
    }

    /** The numeric value as judged: a kink component counts as agreeing. */
    private double judged(int i) {
        return excluded[i] ? analytic[i] : numeric[i];
    }

    /** Computes the numeric value of every component in {@code indices} not yet computed. */
    void compute(int[] indices, DoubleSupplier cost, double epsilon) {
        for (int i : indices) {
            if (Double.isNaN(numeric[i])) {
                numeric[i] = CentralDifference.derivative(slot, i, cost, epsilon);
                checked++;
            }
        }
    }

    /**
     * Re-examines components by Richardson extrapolation, {@code (4·D(h/2) − D(h)) / 3}, as the
     * exhaustive mode re-examines a tensor in doubt: an extrapolated value replaces the first one
     * where it shows J smooth over the larger steps ({@link DecisionTable#refinedStands}), whatever
     * that does to the verdict.
     *
     * @param floors each component's noise floor at the first step. Not modified.
     * @return the relative error over {@code indices} after
     */
    double refine(int[] indices, DoubleSupplier cost, double step, double[] floors, Thresholds thresholds) {
        for (int i : indices) {
            if (excluded[i] || Double.isNaN(numeric[i])) {
                continue;
            }
            double r = Richardson.derivative(slot, i, cost, step);
            if (DecisionTable.refinedStands(numeric[i], r, floors[i], thresholds)) {
                numeric[i] = r;
            }
        }
        return relativeError(indices);
    }

    /** The checked components that stand out as the exhaustive mode's outliers do, by name. */
    List<String> outliers(double[] floors, Thresholds thresholds) {
        return Outliers.of(analytic, numeric, excluded, floors, thresholds).stream()
                .limit(Comparison.WORST_LISTED).map(slot::elementName).toList();
    }

    /** The relative error over the given components, as the exhaustive mode computes it over all. */
    double relativeError(int[] indices) {
        double[] a = new double[indices.length];
        double[] n = new double[indices.length];
        for (int k = 0; k < indices.length; k++) {
            a[k] = analytic[indices[k]];
            n[k] = judged(indices[k]);
        }
        return RelativeError.of(a, n);
    }

    /**
     * Whether any of {@code indices} is wrong; see {@link #wrong(int, Thresholds, double[], double)}.
     *
     * @param floors each component's noise floor. Not modified.
     */
    boolean anyFailing(int[] indices, Thresholds thresholds, double[] floors) {
        return countWrong(indices, thresholds, floors) > 0;
    }

    /** How many of {@code indices} are wrong; see {@link #wrong(int, Thresholds, double[], double)}. */
    int countWrong(int[] indices, Thresholds thresholds, double[] floors) {
        double magnitude = magnitude();
        int n = 0;
        for (int i : indices) {
            n += wrong(i, thresholds, floors, magnitude) ? 1 : 0;
        }
        return n;
    }

    /**
     * Whether component {@code i} is wrong: computed, its own relative error reaches the fail
     * threshold, its error is at least the fail threshold times the largest gradient magnitude among
     * the checked components (so that a tiny component's rounding noise does not count), and above
     * its rounding floor. Kink components never are.
     *
     * @param floors each component's noise floor. Not modified.
     * @param magnitude the largest gradient magnitude among the checked components ({@link #magnitude()})
     */
    private boolean wrong(int i, Thresholds thresholds, double[] floors, double magnitude) {
        if (Double.isNaN(numeric[i])) {
            return false;
        }
        double d = Math.abs(analytic[i] - judged(i));
        return d >= thresholds.fail() * magnitude && d > floors[i]
                && RelativeError.component(analytic[i], judged(i)) >= thresholds.fail();
    }

    /** The largest gradient magnitude, analytic or numeric, among the checked components off kinks. */
    private double magnitude() {
        double magnitude = 0;
        for (int i = 0; i < numeric.length; i++) {
            if (!Double.isNaN(numeric[i]) && !excluded[i]) {
                magnitude = Math.max(magnitude, Math.max(Math.abs(analytic[i]), Math.abs(numeric[i])));
            }
        }
        return magnitude;
    }

    /** {@code (a − n)²} of component {@code i} as judged (0 on a kink), NaN when not computed. */
    double squaredDifference(int i) {
        double d = analytic[i] - judged(i);
        return d * d;
    }

    /** {@code ‖a − n‖} over the checked components, kinks counting as agreeing. */
    double difference() {
        double diff2 = 0;
        for (int i = 0; i < numeric.length; i++) {
            if (!Double.isNaN(numeric[i])) {
                double d = analytic[i] - judged(i);
                diff2 += d * d;
            }
        }
        return Math.sqrt(diff2);
    }

    /** Whether {@code ‖a − n‖} over the checked components lies within the norm of their floors. */
    boolean withinFloors(double[] floors) {
        double diff2 = 0;
        double floor2 = 0;
        for (int i = 0; i < numeric.length; i++) {
            if (!Double.isNaN(numeric[i])) {
                double d = analytic[i] - judged(i);
                diff2 += d * d;
                floor2 += floors[i] * floors[i];
            }
        }
        return diff2 <= floor2;
    }

    double[] numeric() {
        return numeric;
    }

    int checked() {
        return checked;
    }

    /** The checked components with the largest absolute difference, worst first. */
    List<ComponentResult> worst() {
        List<ComponentResult> all = new ArrayList<>(checked);
        for (int i = 0; i < numeric.length; i++) {
            if (!Double.isNaN(numeric[i]) && analytic[i] != numeric[i]) {
                all.add(new ComponentResult(slot.elementName(i), i, analytic[i], numeric[i],
                        RelativeError.component(analytic[i], judged(i)), kink[i]));
            }
        }
        all.sort(Comparator.comparingDouble(ComponentResult::absoluteError).reversed()
                .thenComparingInt(ComponentResult::index));
        return all.subList(0, Math.min(Comparison.WORST_LISTED, all.size()));
    }
}
