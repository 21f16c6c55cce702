package org.gradcheck4j.samples.activations;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The leaky ReLU {@code g(z) = z} for {@code z > 0} and {@code α·z} otherwise.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class LeakyRelu extends Activation {

    private final double slope;

    /**
     * Creates a leaky ReLU.
     *
     * @param slope α, the slope for negative inputs (0.01 in the course), in {@code [0, 1)}
     */
    public LeakyRelu(double slope) {
        if (!(slope >= 0 && slope < 1)) {
            throw new IllegalArgumentException("slope α must be in [0, 1), got " + slope);
        }
        this.slope = slope;
    }

    /**
     * The slope for negative inputs.
     *
     * @return α, as given to the constructor
     */
    public double slope() {
        return slope;
    }

    @Override
    public double apply(double z) {
        return z > 0 ? z : slope * z;
    }

    @Override
    public double derivative(double z, double a) {
        return z > 0 ? 1 : slope;
    }
}
