package org.gradcheck4j.samples.activations;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The logistic sigmoid {@code g(z) = 1 / (1 + e^−z)}, with {@code g'(z) = a·(1 − a)}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class Sigmoid extends Activation {

    @Override
    public double apply(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Override
    public double derivative(double z, double a) {
        return a * (1 - a);
    }
}
