package org.gradcheck4j.samples.optim;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Gradient descent with momentum: an exponentially weighted average of the gradients,
 * {@code v ← β·v + (1 − β)·dθ}, {@code θ ← θ − α·v}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Momentum extends AbstractOptimizer {

    private final double beta;
    private final List<double[]> velocity = newStates();

    /**
     * Creates the optimiser.
     *
     * @param learningRate α &gt; 0
     * @param beta β in [0, 1), commonly 0.9
     */
    public Momentum(double learningRate, double beta) {
        super(learningRate);
        if (!(beta >= 0 && beta < 1)) {
            throw new IllegalArgumentException("β must be in [0, 1), got " + beta);
        }
        this.beta = beta;
    }

    @Override
    void step(int k, double[] theta, double[] grad, int n) {
        double[] v = state(velocity, k, n);
        double alpha = learningRate();
        for (int i = 0; i < n; i++) {
            v[i] = beta * v[i] + (1 - beta) * grad[i];
            theta[i] -= alpha * v[i];
        }
    }
}
