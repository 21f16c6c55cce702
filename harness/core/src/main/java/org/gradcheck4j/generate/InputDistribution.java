package org.gradcheck4j.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Random;
import org.apiguardian.api.API;

/**
 * How input values are spread, relative to the kinks of piecewise-linear activations at 0 (ReLU,
 * leaky ReLU, abs).
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum InputDistribution {
    /** Standard normal. */
    GAUSSIAN,
    /** Uniform in [−1, 1). */
    UNIFORM,
    /** Close to the kink at 0: |x| below 1e-3, but never exactly 0. */
    NEAR_KINK,
    /** Away from the kink: |x| in [0.5, 2), random sign. */
    AWAY_FROM_KINK;

    /** The largest |x| of {@link #NEAR_KINK}. */
    public static final double KINK_BAND = 1e-3;

    /**
     * One value.
     *
     * @param random the source. Modified.
     * @return the value
     */
    public double sample(Random random) {
        return switch (this) {
            case GAUSSIAN -> random.nextGaussian();
            case UNIFORM -> 2 * random.nextDouble() - 1;
            case NEAR_KINK -> sign(random) * KINK_BAND * (0.01 + 0.99 * random.nextDouble());
            case AWAY_FROM_KINK -> sign(random) * (0.5 + 1.5 * random.nextDouble());
        };
    }

    /**
     * A {@code rows × cols} matrix of samples times {@code magnitude}.
     *
     * @param rows 1 or more
     * @param cols 1 or more
     * @param magnitude the multiplier
     * @param random the source. Modified.
     * @return a new matrix
     */
    public double[][] matrix(int rows, int cols, double magnitude, Random random) {
        double[][] x = new double[rows][cols];
        for (double[] row : x) {
            for (int j = 0; j < cols; j++) {
                row[j] = sample(random) * magnitude;
            }
        }
        return x;
    }

    private static double sign(Random random) {
        return random.nextBoolean() ? 1.0 : -1.0;
    }
}
