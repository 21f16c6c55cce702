package org.gradcheck4j.samples.activations;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The hyperbolic tangent {@code g(z) = tanh z}, with {@code g'(z) = 1 − a²}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class Tanh extends Activation {

    @Override
    public double apply(double z) {
        return Math.tanh(z);
    }

    @Override
    public double derivative(double z, double a) {
        return 1 - a * a;
    }
}
