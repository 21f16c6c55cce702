package org.gradcheck4j.internal.differences;

import java.util.function.DoubleSupplier;
import org.gradcheck4j.internal.objective.NotFinite;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.theta.Theta;

/**
 * Two-sided finite differences: {@code (J(θ_i + h) − J(θ_i − h)) / (θ_i⁺ − θ_i⁻)} with
 * {@code h = ε · max(1, |θ_i|)}. The denominator is the step actually stored (a float tensor rounds
 * θ_i ± h), and the saved value is written back bit-exactly. Nothing is allocated per component.
 * Internal.
 */
public final class CentralDifference {

    private CentralDifference() {
    }

    /** The numeric gradient of every slot of θ, with base step {@code epsilon}. */
    public static double[][] gradient(Theta theta, DoubleSupplier cost, double epsilon) {
        double[][] numeric = new double[theta.slots().size()][];
        for (int s = 0; s < numeric.length; s++) {
            TensorSlot slot = theta.slots().get(s);
            double[] n = new double[slot.size()];
            for (int i = 0; i < n.length; i++) {
                n[i] = derivative(slot, i, cost, epsilon);
            }
            numeric[s] = n;
        }
        return numeric;
    }

    /** The two-sided derivative of J along component {@code i} of {@code slot}. */
    public static double derivative(TensorSlot slot, int i, DoubleSupplier cost, double epsilon) {
        double saved = slot.get(i);
        double h = StepPolicy.step(saved, epsilon);
        double up;
        double down;
        double plus;
        double minus;
        try {
            slot.set(i, saved + h);
            up = slot.get(i);
            plus = cost.getAsDouble();
            slot.set(i, saved - h);
            down = slot.get(i);
            minus = cost.getAsDouble();
        } finally {
            slot.set(i, saved);
        }
        if (!Double.isFinite(plus) || !Double.isFinite(minus)) {
            throw new NotFinite("J is " + (Double.isFinite(plus) ? minus : plus) + " when "
                    + slot.elementName(i) + " is perturbed by " + (Double.isFinite(plus) ? "-" : "+") + h);
        }
        return (plus - minus) / (up - down);
    }
}
