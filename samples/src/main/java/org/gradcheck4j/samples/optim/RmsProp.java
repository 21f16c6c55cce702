package org.gradcheck4j.samples.optim;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * RMSprop: divides each step by a moving root mean square of the gradient,
 * {@code s ← β₂·s + (1 − β₂)·dθ²}, {@code θ ← θ − α·dθ / (sqrt(s) + ε)}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class RmsProp extends AbstractOptimizer {

    private final double beta2;
    private final double epsilon;
    private final List<double[]> squares = newStates();

    /**
     * Creates the optimiser.
     *
     * @param learningRate α &gt; 0
     * @param beta2 β₂ in [0, 1), commonly 0.999
     * @param epsilon ε &gt; 0 against division by zero, commonly 1e-8
     */
    public RmsProp(double learningRate, double beta2, double epsilon) {
        super(learningRate);
        if (!(beta2 >= 0 && beta2 < 1) || !(epsilon > 0)) {
            throw new IllegalArgumentException("need β₂ in [0, 1) and ε > 0, got β₂=" + beta2 + ", ε=" + epsilon);
        }
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    void step(int k, double[] theta, double[] grad, int n) {
        double[] s = state(squares, k, n);
        double alpha = learningRate();
        for (int i = 0; i < n; i++) {
            s[i] = beta2 * s[i] + (1 - beta2) * grad[i] * grad[i];
            theta[i] -= alpha * grad[i] / (Math.sqrt(s[i]) + epsilon);
        }
    }
}
