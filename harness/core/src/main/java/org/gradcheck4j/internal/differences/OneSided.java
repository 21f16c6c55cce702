package org.gradcheck4j.internal.differences;

import java.util.function.DoubleSupplier;
import org.gradcheck4j.internal.objective.NotFinite;
import org.gradcheck4j.internal.theta.TensorSlot;

/**
 * The left and right one-sided derivatives of J along one component, {@code (J(θ) − J(θ − h))/h}
 * and {@code (J(θ + h) − J(θ))/h}, with the steps actually stored. Internal.
 *
 * @param left the left derivative
 * @param right the right derivative
 * @param step the smaller of the two stored steps
 */
record OneSided(double left, double right, double step) {

    static OneSided at(TensorSlot slot, int i, DoubleSupplier cost, double j0, double epsilon) {
        double saved = slot.get(i);
        double h = StepPolicy.step(saved, epsilon);
        double up;
        double down;
        double plus;
        double minus;
        try {
            slot.set(i, saved + h);
            up = slot.get(i) - saved;
            plus = cost.getAsDouble();
            slot.set(i, saved - h);
            down = saved - slot.get(i);
            minus = cost.getAsDouble();
        } finally {
            slot.set(i, saved);
        }
        if (!Double.isFinite(plus) || !Double.isFinite(minus)) {
            throw new NotFinite("J is not finite when " + slot.elementName(i) + " is perturbed by ±" + h);
        }
        return new OneSided((j0 - minus) / down, (plus - j0) / up, Math.min(up, down));
    }

    /** How far apart the two derivatives are. */
    double jump() {
        return Math.abs(right - left);
    }

    /** Whether {@code value} lies between the two derivatives, give or take {@code tolerance}. */
    boolean brackets(double value, double tolerance) {
        return value >= Math.min(left, right) - tolerance && value <= Math.max(left, right) + tolerance;
    }
}
