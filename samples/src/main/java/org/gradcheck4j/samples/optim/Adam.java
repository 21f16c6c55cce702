package org.gradcheck4j.samples.optim;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Adam: momentum and RMSprop together, with bias correction for the zero-initialised averages.
 * At step t: {@code v ← β₁·v + (1 − β₁)·dθ}, {@code s ← β₂·s + (1 − β₂)·dθ²},
 * {@code v̂ = v/(1 − β₁ᵗ)}, {@code ŝ = s/(1 − β₂ᵗ)}, {@code θ ← θ − α·v̂/(sqrt(ŝ) + ε)}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Adam extends AbstractOptimizer {

    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final List<double[]> first = newStates();
    private final List<double[]> second = newStates();
    private int t;

    /**
     * Creates the optimiser with the usual β₁ = 0.9, β₂ = 0.999, ε = 1e-8.
     *
     * @param learningRate α &gt; 0
     */
    public Adam(double learningRate) {
        this(learningRate, 0.9, 0.999, 1e-8);
    }

    /**
     * Creates the optimiser.
     *
     * @param learningRate α &gt; 0
     * @param beta1 β₁ in [0, 1)
     * @param beta2 β₂ in [0, 1)
     * @param epsilon ε &gt; 0
     */
    public Adam(double learningRate, double beta1, double beta2, double epsilon) {
        super(learningRate);
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(epsilon > 0)) {
            throw new IllegalArgumentException("need β₁, β₂ in [0, 1) and ε > 0, got β₁=" + beta1 + ", β₂=" + beta2
                    + ", ε=" + epsilon);
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    /**
     * The number of steps taken: the exponent of the bias corrections {@code 1 − β₁^t} and {@code 1 − β₂^t}.
     *
     * @return t
     */
    public int steps() {
        return t;
    }

    @Override
    void beginStep() {
        t++;
    }

    @Override
    void step(int k, double[] theta, double[] grad, int n) {
        double[] v = state(first, k, n);
        double[] s = state(second, k, n);
        double alpha = learningRate();
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        for (int i = 0; i < n; i++) {
            v[i] = beta1 * v[i] + (1 - beta1) * grad[i];
            s[i] = beta2 * s[i] + (1 - beta2) * grad[i] * grad[i];
            double vHat = v[i] / correction1;
            double sHat = s[i] / correction2;
            theta[i] -= alpha * vHat / (Math.sqrt(sHat) + epsilon);
        }
    }
}
