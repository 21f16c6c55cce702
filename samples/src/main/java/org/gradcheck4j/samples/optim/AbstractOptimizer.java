package org.gradcheck4j.samples.optim;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * The learning rate, argument checks and per-tensor state that every optimiser shares.
 *
 * @since 0.1.0
 */
abstract class AbstractOptimizer implements Optimizer {

    private double learningRate;

    AbstractOptimizer(double learningRate) {
        learningRate(learningRate);
    }

    @Override
    public final double learningRate() {
        return learningRate;
    }

    @Override
    public final void learningRate(double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate α must be positive and finite, got " + learningRate);
        }
        this.learningRate = learningRate;
    }

    @Override
    public final void update(List<DMatrixRMaj> parameters, List<DMatrixRMaj> gradients) {
        if (parameters.size() != gradients.size()) {
            throw new IllegalArgumentException(parameters.size() + " parameters but " + gradients.size() + " gradients");
        }
        beginStep();
        for (int k = 0; k < parameters.size(); k++) {
            DMatrixRMaj p = parameters.get(k);
            DMatrixRMaj g = gradients.get(k);
            if (p.getNumElements() != g.getNumElements()) {
                throw new IllegalArgumentException("parameter " + k + " has " + p.getNumElements()
                        + " elements but its gradient " + g.getNumElements());
            }
            step(k, p.data, g.data, p.getNumElements());
        }
    }

    /** Called once before the tensors of a step are updated. */
    void beginStep() {
    }

    /**
     * Updates tensor k.
     *
     * @param k the tensor's position
     * @param theta its elements. Modified.
     * @param grad its gradient. Not modified.
     * @param n the number of elements
     */
    abstract void step(int k, double[] theta, double[] grad, int n);

    /** Per-tensor state (a moving average) of the given size, created zeroed on first use. */
    static double[] state(List<double[]> states, int k, int n) {
        while (states.size() <= k) {
            states.add(null);
        }
        double[] s = states.get(k);
        if (s == null || s.length != n) {
            if (s != null) {
                throw new IllegalArgumentException("tensor " + k + " changed size from " + s.length + " to " + n);
            }
            s = new double[n];
            states.set(k, s);
        }
        return s;
    }

    static List<double[]> newStates() {
        return new ArrayList<>();
    }
}
