package org.gradcheck4j.internal.differences;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import java.util.function.DoubleSupplier;
import org.apiguardian.api.API;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.theta.Theta;

/**
 * Re-examines the components whose two-sided difference disagrees with the analytic value, in case
 * the perturbation crossed a kink. First the component is differenced again with steps 10 and 100
 * times smaller: if one agrees (within the threshold plus the rounding error of J at that step),
 * the larger step had crossed a kink near θ_i (or was too coarse) and the new value stands.
 * Otherwise the one-sided derivatives {@code r = (J(θ_i + h) − J(θ))/h} and
 * {@code l = (J(θ) − J(θ_i − h))/h} are compared at the step h and at h/10. On a smooth function
 * their gap is {@code f''·h} and shrinks tenfold with the step; at a kink it stays (the jump of the
 * derivative). Only a gap that is larger than rounding explains and does not shrink marks θ_i as a
 * kink; the analytic value is then accepted when it lies between the one-sided derivatives (a
 * subgradient) or marked inconclusive when it does not — never failed. A smooth component keeps
 * its disagreement, so a wrong gradient is not excused. Costs at most eight evaluations per
 * disagreeing component, and examines at most {@link #MAX_EXAMINED} of them. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class KinkExamination {

    /** The most components examined in one check. */
    public static final int MAX_EXAMINED = 10_000;
    private static final double[] SMALLER = {10, 100};
    private static final double COARSER_TO_FINER = 10;

    private final Theta theta;
    private final DoubleSupplier cost;
    private final double j0;
    private final double scale;
    private final double epsilon;
    private final Thresholds thresholds;
    private final boolean single;

    public KinkExamination(Theta theta, DoubleSupplier cost, double j0, double epsilon, Thresholds thresholds) {
        this(theta, cost, j0, Math.abs(j0), epsilon, thresholds);
    }

    /**
     * @param scale the magnitude of the terms J sums at θ (at least |J|), which sets its rounding error
     */
    public KinkExamination(Theta theta, DoubleSupplier cost, double j0, double scale, double epsilon,
                           Thresholds thresholds) {
        this.scale = scale;
        this.single = theta.hasSinglePrecision();
        this.theta = theta;
        this.cost = cost;
        this.j0 = j0;
        this.epsilon = epsilon;
        this.thresholds = thresholds;
    }

    /**
     * Examines every disagreeing component.
     *
     * @param analytic the analytic gradient. Not modified.
     * @param numeric the numeric gradient. Modified: values confirmed at a smaller step replace it.
     * @return the kinks found
     */
    public Kinks examine(double[][] analytic, double[][] numeric) {
        Kinks kinks = Kinks.none(numeric);
        int accepted = 0;
        int inconclusive = 0;
        int rechecked = 0;
        int examined = 0;
        for (int s = 0; s < numeric.length && examined < MAX_EXAMINED; s++) {
            TensorSlot slot = theta.slots().get(s);
            for (int i = 0; i < numeric[s].length && examined < MAX_EXAMINED; i++) {
                if (!disagrees(analytic[s][i], numeric[s][i], epsilon)) {
                    continue;
                }
                examined++;
                double divisor = agreesAtSmallerStep(slot, i, analytic[s], numeric[s]);
                if (divisor > 0) {
                    if (kinks.divisors()[s] == null) {
                        kinks.divisors()[s] = new double[numeric[s].length];
                        Arrays.fill(kinks.divisors()[s], 1);
                    }
                    kinks.divisors()[s][i] = divisor;
                    rechecked++;
                    continue;
                }
                OneSided coarse = OneSided.at(slot, i, cost, j0, epsilon);
                if (coarse.jump() <= tolerance(coarse)) {
                    continue;
                }
                OneSided fine = OneSided.at(slot, i, cost, j0, epsilon / COARSER_TO_FINER);
                if (fine.jump() <= Math.max(coarse.jump() / 2, tolerance(fine))) {
                    continue;
                }
                kinks.marks()[s][i] = true;
                if (fine.brackets(analytic[s][i], tolerance(fine))) {
                    accepted++;
                } else {
                    kinks.unjudged()[s][i] = true;
                    inconclusive++;
                }
            }
        }
        return new Kinks(kinks.marks(), kinks.unjudged(), kinks.divisors(), accepted, inconclusive, rechecked);
    }

    /**
     * The factor of the smaller step at which the component agrees (its value then stands), or 0.
     * A step whose rounding error is as large as the disagreement it would remove cannot vouch for
     * agreement, so smaller steps are tried only while they resolve it.
     */
    private double agreesAtSmallerStep(TensorSlot slot, int i, double[] analytic, double[] numeric) {
        double disagreement = Math.abs(analytic[i] - numeric[i]);
        for (double factor : SMALLER) {
            if (rounding(epsilon / factor) >= disagreement / 2) {
                return 0;
            }
            double finer = CentralDifference.derivative(slot, i, cost, epsilon / factor);
            if (!disagrees(analytic[i], finer, epsilon / factor)) {
                numeric[i] = finer;
                return factor;
            }
        }
        return 0;
    }

    /** Whether a and n differ by more than the warn threshold and J's rounding at step ε explain. */
    private boolean disagrees(double a, double n, double step) {
        return Math.abs(a - n) > thresholds.warn() * (Math.abs(a) + Math.abs(n)) + rounding(step);
    }

    /** The rounding error of a two-sided difference of J at {@code step}. */
    private double rounding(double step) {
        return RoundingFloor.ofJ(single, scale, 4) / step;
    }

    /** What rounding in J and the O(h) truncation of one-sided differences can explain. */
    private double tolerance(OneSided sides) {
        double rounding = RoundingFloor.ofJ(single, scale, 8) / sides.step();
        return thresholds.fail() * (Math.abs(sides.left()) + Math.abs(sides.right())) + rounding;
    }
}
