package org.gradcheck4j.samples.init;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Random;
import org.apiguardian.api.API;
import org.ejml.data.DMatrixRMaj;
import org.gradcheck4j.samples.Matrices;

/**
 * The weight initialisations of the course, for a weight matrix of shape {@code n_out × n_in}
 * whose fan-in is {@code n_in}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum Initializer {

    /** All zeros: every unit computes the same thing, so symmetry is never broken. */
    ZEROS {
        @Override
        double scale(int fanIn) {
            return 0;
        }
    },
    /** Gaussian times 0.01: breaks symmetry, but deep networks' signals shrink layer by layer. */
    SMALL_RANDOM {
        @Override
        double scale(int fanIn) {
            return 0.01;
        }
    },
    /** Xavier: Gaussian times {@code sqrt(1/n_in)}, for tanh layers. */
    XAVIER {
        @Override
        double scale(int fanIn) {
            return Math.sqrt(1.0 / fanIn);
        }
    },
    /** He: Gaussian times {@code sqrt(2/n_in)}, for ReLU layers. */
    HE {
        @Override
        double scale(int fanIn) {
            return Math.sqrt(2.0 / fanIn);
        }
    };

    /** The standard deviation of the weights for a fan-in of {@code fanIn}. */
    abstract double scale(int fanIn);

    /**
     * Draws a weight matrix.
     *
     * @param rows n_out
     * @param cols n_in, the fan-in
     * @param random the source. Modified (advanced), also for {@link #ZEROS} so that the draws
     *               that follow do not depend on the choice.
     * @return a new {@code rows × cols} matrix
     */
    public DMatrixRMaj weights(int rows, int cols, Random random) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("a weight matrix needs at least 1×1, got " + rows + "×" + cols);
        }
        return Matrices.gaussian(rows, cols, scale(cols), random);
    }

    /**
     * The standard deviation this scheme uses for a fan-in.
     *
     * @param fanIn n_in, at least 1
     * @return the standard deviation
     */
    public double standardDeviation(int fanIn) {
        return scale(fanIn);
    }
}
