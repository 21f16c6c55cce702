package org.gradcheck4j.internal.directional;

import org.gradcheck4j.Thresholds;
import org.gradcheck4j.internal.directional.Probe.Difference;

/**
 * Tests one tensor along a few random directions: for each, J(θ+δ) − J(θ−δ) against the analytic
 * prediction g·(θ⁺ − θ⁻), judged by the relative criterion
 * {@code |Δnum − Δana| / (|Δnum| + |Δana|)} with the check's own thresholds. The criterion is a
 * ratio of two estimates of the same number, so it does not grow with the tensor's size (unlike an
 * absolute tolerance multiplied by Σu·Σv, which let a wrong gradient pass in PyTorch issue 59584).
 *
 * <p>A direction that does not pass cleanly is examined further: if its error is above the warn
 * threshold and its one-sided differences
 * J(θ+δ) − J(θ) and J(θ) − J(θ−δ) disagree by more than half of its error, the step crossed a kink
 * and the direction is drawn again with a ten times smaller step (twice at most, after which it
 * counts as inconclusive); otherwise it is re-examined by Richardson extrapolation at the exhaustive
 * mode's re-examination step H (1e-3 for double, as {@code Richardson.DOUBLE_STEP}, scaled like δ):
 * {@code 8Δ(H/2) − Δ(H)} cancels the cubic truncation term and, at a step 10⁴ times larger, J's
 * rounding error weighs 10⁴ times less. The better of the two errors is kept: a wrong gradient is
 * wrong at first order and fails both. Internal.
 */
final class DirectionalTest {

    /** Random directions per tensor. */
    static final int DIRECTIONS = 3;
    private static final int KINK_RETRIES = 2;
    private static final double KINK_SHRINK = 10;

    private DirectionalTest() {
    }

    /**
     * Runs the test.
     *
     * @param j0 J at θ
     * @param seed seeds the directions
     */
    static Outcome run(Probe probe, double epsilon, double richardsonStep, long seed, double j0,
                       Thresholds thresholds) {
        int n = probe.slot().size();
        double[] steps = new double[n];
        double[] worstSteps = new double[n];
        Outcome worst = new Outcome(0, null, 1, 0, worstSteps);
        int inconclusive = 0;
        for (int d = 0; d < DIRECTIONS; d++) {
            Attempt a = direction(probe, epsilon, richardsonStep, seed * 31 + d, j0, thresholds, steps);
            if (a == null) {
                inconclusive++;
            } else if (worst.root() == null || a.error() > worst.relativeError()) {
                System.arraycopy(steps, 0, worstSteps, 0, n);
                worst = new Outcome(a.error(), a.root(), a.scale(), 0, worstSteps);
            }
        }
        return new Outcome(worst.relativeError(), worst.root(), worst.scale(), inconclusive, worstSteps);
    }

    private static Attempt direction(Probe probe, double epsilon, double richardsonStep, long seed, double j0,
                                     Thresholds thresholds, double[] steps) {
        double t = 1;
        for (int attempt = 0; attempt <= KINK_RETRIES; attempt++) {
            Direction.draw(probe.slot(), epsilon, seed * 7 + attempt, steps);
            Block all = probe.grid().all();
            Difference d = probe.run(all, steps, t);
            double error = d.relativeError();
            if (error <= thresholds.pass()) {
                return new Attempt(error, d, t);
            }
            if (error <= thresholds.warn() || !kinked(d, j0)) {
                double wide = Math.max(2, richardsonStep / epsilon) * t;
                Difference half = probe.run(all, steps, wide / 2);
                Difference whole = probe.run(all, steps, wide);
                double richardson = Difference.relative(8 * half.numeric() - whole.numeric(),
                        8 * half.analytic() - whole.analytic(), 6 * half.spread());
                return new Attempt(Math.min(error, richardson), d, t);
            }
            t /= KINK_SHRINK;
        }
        return null;
    }

    /** Whether the one-sided differences disagree at first order: the step crossed a kink. */
    static boolean kinked(Difference d, double j0) {
        double curvature = Math.abs((d.plus() - j0) - (j0 - d.minus()));
        return curvature > 0.5 * d.error();
    }

    private record Attempt(double error, Difference root, double scale) {
    }

    /**
     * The tensor's outcome.
     *
     * @param relativeError the largest error over the conclusive directions
     * @param root the probe of the worst direction over the whole tensor (null when none was conclusive)
     * @param scale the step multiplier the worst direction was probed with
     * @param inconclusive directions that crossed kinks at every step tried
     * @param steps the worst direction
     */
    record Outcome(double relativeError, Difference root, double scale, int inconclusive, double[] steps) {
    }
}
