package org.gradcheck4j.samples.activations;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The rectified linear unit {@code g(z) = max(0, z)}, with {@code g'(z) = 1} for {@code z > 0}
 * and 0 otherwise (the kink at 0 is given the derivative 0).
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class Relu extends Activation {

    @Override
    public double apply(double z) {
        return Math.max(0, z);
    }

    @Override
    public double derivative(double z, double a) {
        return z > 0 ? 1 : 0;
    }
}
