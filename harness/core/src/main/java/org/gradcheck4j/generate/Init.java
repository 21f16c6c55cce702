package org.gradcheck4j.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Random;
import org.apiguardian.api.API;

/**
 * Weight initialisation schemes: zeros, small random (×0.01), Xavier (σ = √(1/n)) and He
 * (σ = √(2/n)), where n is the fan-in (the number of columns of W).
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum Init {
    /** Xavier: Gaussian with σ = √(1/n), for tanh layers. */
    XAVIER,
    /** He: Gaussian with σ = √(2/n), for ReLU layers. */
    HE,
    /** Small random: Gaussian × 0.01. */
    SMALL_RANDOM,
    /** All zeros (symmetric weights; gradients still have to be right). */
    ZEROS;

    /** The small-random scale. */
    public static final double SMALL = 0.01;

    /**
     * {@return the standard deviation for a fan-in of {@code n}}
     *
     * @param n the fan-in, 1 or more
     */
    public double standardDeviation(int n) {
        return switch (this) {
            case XAVIER -> Math.sqrt(1.0 / n);
            case HE -> Math.sqrt(2.0 / n);
            case SMALL_RANDOM -> SMALL;
            case ZEROS -> 0.0;
        };
    }

    /**
     * A {@code rows × cols} weight matrix with fan-in {@code cols}, times {@code scale}.
     *
     * @param rows 1 or more
     * @param cols 1 or more, the fan-in
     * @param scale the multiplier
     * @param random the source of the Gaussian values. Modified.
     * @return a new matrix
     */
    public double[][] matrix(int rows, int cols, double scale, Random random) {
        double sd = standardDeviation(cols) * scale;
        double[][] w = new double[rows][cols];
        if (this == ZEROS) {
            return w;
        }
        for (double[] row : w) {
            for (int j = 0; j < cols; j++) {
                row[j] = random.nextGaussian() * sd;
            }
        }
        return w;
    }
}
