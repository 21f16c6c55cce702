package org.gradcheck4j.samples.optim;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The learning rate for each epoch: learning-rate decay.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@FunctionalInterface
public interface LearningRateSchedule {

    /**
     * The learning rate α for an epoch.
     *
     * @param epoch the epoch, from 0
     * @return α &gt; 0
     */
    double rate(int epoch);

    /**
     * A constant learning rate.
     *
     * @param alpha α, positive and finite
     * @return the schedule that gives α in every epoch
     */
    static LearningRateSchedule constant(double alpha) {
        requirePositive(alpha, "α");
        return epoch -> alpha;
    }

    /**
     * Inverse-time decay.
     *
     * @param alpha0 α₀, the rate of epoch 0; positive and finite
     * @param decayRate how fast the rate falls, ≥ 0 (0 keeps it constant)
     * @return the schedule {@code α = α₀ / (1 + decayRate·epoch)}
     */
    static LearningRateSchedule inverseTime(double alpha0, double decayRate) {
        requirePositive(alpha0, "α₀");
        if (!(decayRate >= 0)) {
            throw new IllegalArgumentException("decay rate must be ≥ 0, got " + decayRate);
        }
        return epoch -> alpha0 / (1 + decayRate * epoch);
    }

    /**
     * Exponential decay.
     *
     * @param alpha0 α₀, the rate of epoch 0; positive and finite
     * @param base the factor per epoch, in (0, 1], e.g. 0.95
     * @return the schedule {@code α = α₀ · base^epoch}
     */
    static LearningRateSchedule exponential(double alpha0, double base) {
        requirePositive(alpha0, "α₀");
        if (!(base > 0 && base <= 1)) {
            throw new IllegalArgumentException("base must be in (0, 1], got " + base);
        }
        return epoch -> alpha0 * Math.pow(base, epoch);
    }

    private static void requirePositive(double value, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be positive and finite, got " + value);
        }
    }
}
