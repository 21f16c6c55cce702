package org.gradcheck4j.samples.optim;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Plain gradient descent: {@code θ ← θ − α·dθ}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class GradientDescent extends AbstractOptimizer {

    /**
     * Creates the optimiser.
     *
     * @param learningRate α &gt; 0
     */
    public GradientDescent(double learningRate) {
        super(learningRate);
    }

    @Override
    void step(int k, double[] theta, double[] grad, int n) {
        double alpha = learningRate();
        for (int i = 0; i < n; i++) {
            theta[i] -= alpha * grad[i];
        }
    }
}
