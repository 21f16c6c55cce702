package org.gradcheck4j.internal.verdict;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.Verdict;

/**
 * Every rule that turns numbers into verdicts, in the order of docs/verdicts.md. A component's
 * numeric value is judged only where J is smooth; the noise {@code η} of an estimate is the measured
 * rounding noise of J divided by the step (see {@code Noise}). Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class DecisionTable {

    /** How much the estimates at steps h and 2h may disagree, in units of the noise of one of them. */
    public static final double SMOOTH_NOISE_UNITS = 4;
    /** A FAIL whose disagreement lies within this many noise floors is re-examined (it may be rounding). */
    public static final double REEXAMINE_NOISE_UNITS = 30;

    private DecisionTable() {
    }

    /** What a component's examination concluded. */
    public enum Call {
        /** The analytic value agrees with a numeric estimate. */
        AGREES,
        /** J is smooth at a step whose estimate disagrees with the analytic value: judged (may fail). */
        DISAGREES,
        /** No step shows a smooth J (a kink or a cluster of them); the analytic value is a subgradient. */
        KINK_ACCEPTED,
        /** No step shows a smooth J and the analytic value lies outside the one-sided derivatives: not judged. */
        KINK_INCONCLUSIVE,
        /** The disagreement lies within the noise of every usable step: not judged. */
        UNRESOLVED
    }

    /**
     * Row 1, agrees: {@code |a − n| ≤ warn · (|a| + |n|) + η}.
     *
     * @param noise η, the noise of the estimate {@code n}
     */
    public static boolean agrees(double a, double n, double noise, Thresholds t) {
        return Math.abs(a - n) <= t.warn() * (Math.abs(a) + Math.abs(n)) + noise;
    }

    /**
     * Row 2, smooth: J is smooth along the coordinate at step h when the two-sided differences at h
     * and 2h agree and the one-sided gaps follow a quadratic ({@code R(h) − L(h) = (R(2h) − L(2h))/2}),
     * within {@link #SMOOTH_NOISE_UNITS} noise units and the pass threshold. A kink within 2h of θ
     * breaks one of the two (at θ itself the gaps do not halve; elsewhere the differences move).
     * Smoothness is evidence only where that tolerance is resolvable against the disagreement
     * (row 3), else noise, not smoothness, passed the test.
     *
     * @param inconsistency the larger of the two mismatches
     * @param c1 the two-sided difference at h
     * @param c2 the two-sided difference at 2h
     * @param noise η at step h
     */
    public static boolean smooth(double inconsistency, double c1, double c2, double noise, Thresholds t) {
        return inconsistency <= SMOOTH_NOISE_UNITS * noise + t.pass() * (Math.abs(c1) + Math.abs(c2));
    }

    /**
     * Row 2b, no kink at θ: the one-sided gaps halve with the step ({@code R(h) − L(h) = (R(2h) −
     * L(2h))/2}) within their noise (six η) and the pass threshold, so a failed row 2 is a steep
     * smooth J or a kink near 2h/3, which Richardson estimates at two steps tell apart.
     */
    public static boolean quadratic(double gaps, double left, double right, double noise, Thresholds t) {
        return gaps <= 2 * SMOOTH_NOISE_UNITS * noise + t.pass() * (Math.abs(left) + Math.abs(right));
    }

    /**
     * Row 3, resolvable: a test whose tolerance is at least half the disagreement cannot judge it.
     * A smooth step judges only when {@link #SMOOTH_NOISE_UNITS} η is resolvable against the
     * disagreement; smaller steps are tried while theirs would be, and their one-sided derivatives
     * serve a kink only while their gap is resolvable against their noise.
     */
    public static boolean resolvable(double disagreement, double noise) {
        return 2 * noise < disagreement;
    }

    /**
     * Rows 4 and 5, kink accepted or inconclusive: at a kink the analytic value is accepted when it
     * lies between the one-sided derivatives at the finest resolvable step, give or take their noise
     * and the warn threshold.
     *
     * @param noise η of a one-sided derivative at that step
     */
    public static Call kink(double a, double left, double right, double noise, Thresholds t) {
        double slack = t.warn() * (Math.abs(left) + Math.abs(right)) + noise;
        boolean between = a >= Math.min(left, right) - slack && a <= Math.max(left, right) + slack;
        return between ? Call.KINK_ACCEPTED : Call.KINK_INCONCLUSIVE;
    }

    /**
     * Rows 6 to 9, a tensor: its norm ratio classified by the thresholds; worse than MARGINAL but
     * within the noise of its estimates, MARGINAL (unresolved); any outlying component, FAIL; PASS
     * with an inconclusive kink, MARGINAL. Kink components enter the norm ratio as agreeing.
     *
     * @param error the tensor's relative error
     * @param withinNoise whether {@code ‖a − n‖} lies within the norm of its components' noise
     * @param outliers whether a component stands out as wrong (see {@code Outliers})
     * @param inconclusive whether a kink component could not be judged
     */
    public static Verdict tensor(double error, Thresholds t, boolean withinNoise, boolean outliers,
                                 boolean inconclusive) {
        return tensor(t.classify(error), withinNoise, outliers, inconclusive);
    }

    /**
     * Rows 6 to 9 from a verdict already taken from the thresholds (the directional mode's, which a
     * failing sample or a located wrong component makes FAIL).
     */
    public static Verdict tensor(Verdict measured, boolean withinNoise, boolean outliers, boolean inconclusive) {
        Verdict v = measured;
        if (unresolved(v, withinNoise)) {
            v = Verdict.MARGINAL;
        }
        if (outliers) {
            v = v.worse(Verdict.FAIL);
        }
        return v == Verdict.PASS && inconclusive ? Verdict.MARGINAL : v;
    }

    /** Row 7 on its own: a verdict worse than MARGINAL within the noise is unresolved. */
    public static boolean unresolved(Verdict v, boolean withinNoise) {
        return v.ordinal() > Verdict.MARGINAL.ordinal() && withinNoise;
    }

    /**
     * Row 10, overall: the worst tensor verdict, and θ's norm ratio taken as a whole by the same
     * thresholds (MARGINAL at worst when within the noise).
     */
    public static Verdict overall(Verdict worstTensor, double error, Thresholds t, boolean withinNoise) {
        Verdict whole = t.classify(error);
        return worstTensor.worse(unresolved(whole, withinNoise) ? Verdict.MARGINAL : whole);
    }

    /**
     * Row 11, re-examination: a tensor is re-examined with a more accurate estimate when it is
     * MARGINAL or WARN, or FAILs without outliers by a disagreement within
     * {@link #REEXAMINE_NOISE_UNITS} noise floors; a FAIL plainly above the noise is not.
     *
     * @param difference {@code ‖a − n‖} of the tensor
     * @param noise the norm of its components' noise
     */
    public static boolean reexamine(Verdict v, double difference, double noise, boolean outliers) {
        return switch (v) {
            case MARGINAL, WARN -> true;
            case FAIL -> !outliers && difference <= REEXAMINE_NOISE_UNITS * noise;
            default -> false;
        };
    }

    /**
     * Row 12, a re-examined component: the more accurate value stands, whatever verdict follows from
     * it (it may be worse), when it agrees with the first-pass value within that value's noise and
     * the pass threshold, which shows J smooth over the larger steps; otherwise they crossed a kink
     * or left a smooth region and the first value stands.
     *
     * @param first the first-pass value
     * @param refined the more accurate value
     * @param noise η of the first-pass value
     */
    public static boolean refinedStands(double first, double refined, double noise, Thresholds t) {
        return Math.abs(first - refined) <= t.pass() * (Math.abs(first) + Math.abs(refined)) + 2 * noise;
    }
}
