package org.gradcheck4j.internal.objective;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import org.apiguardian.api.API;
import org.gradcheck4j.TensorResult.Kind;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.theta.Theta;

/**
 * Plain gradient descent on the layer's own objective ({@link Objective#trainingCost()}: the cost
 * itself, or a regression towards a fixed random target for a layer), so that a layer can be checked
 * again with weights at a trained scale. A step that would raise J (or make it non-finite) is retried with
 * half the learning rate. Only parameters move; inputs stay. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Trainer {

    private static final int MAX_HALVINGS = 30;

    private Trainer() {
    }

    /**
     * Takes up to {@code steps} steps.
     *
     * @return how many steps were taken (fewer when no step lowered J any more)
     */
    public static int train(Objective objective, Theta theta, int steps, double learningRate) {
        double lr = learningRate;
        double j = objective.trainingCost();
        List<TensorSlot> slots = theta.slots();
        for (int step = 0; step < steps; step++) {
            double[][] g = objective.trainingGradients(theta);
            double[][] saved = theta.snapshot();
            boolean moved = false;
            for (int h = 0; h < MAX_HALVINGS && !moved; h++) {
                descend(slots, saved, g, lr);
                double next = objective.trainingCost();
                if (Double.isFinite(next) && next <= j) {
                    j = next;
                    moved = true;
                } else {
                    theta.restore(saved);
                    lr /= 2;
                }
            }
            if (!moved) {
                return step;
            }
        }
        return steps;
    }

    private static void descend(List<TensorSlot> slots, double[][] saved, double[][] g, double lr) {
        for (int s = 0; s < slots.size(); s++) {
            TensorSlot slot = slots.get(s);
            if (slot.kind() != Kind.PARAMETER) {
                continue;
            }
            for (int i = 0; i < slot.size(); i++) {
                slot.set(i, saved[s][i] - lr * g[s][i]);
            }
        }
    }
}
