package org.gradcheck4j.internal.differences;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.function.DoubleSupplier;
import org.apiguardian.api.API;
import org.gradcheck4j.internal.theta.TensorSlot;

/**
 * The one place where an element of θ is perturbed: set it to {@code θ_i + h}, evaluate J, set it
 * to {@code θ_i − h}, evaluate J, and write the saved value back bit-exactly whatever happens (an
 * exception from the layer included). The values actually stored are read back, so a float tensor's
 * rounded step is the one divided by. Every finite difference of the engine (two-sided, one-sided,
 * Richardson, the kink examination) goes through {@link #around}. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Perturbation {

    private Perturbation() {
    }

    /** An element of θ that can be read and written: a tensor slot's element or an array cell. */
    public interface Element {
        /** The element's current value. */
        double get();

        /** Stores {@code value} (a float tensor rounds it). */
        void set(double value);
    }

    /**
     * J on both sides of an element.
     *
     * @param saved the element's value, restored afterwards
     * @param up the value stored for {@code saved + h}
     * @param plus J there
     * @param down the value stored for {@code saved − h}
     * @param minus J there
     */
    public record Sides(double saved, double up, double plus, double down, double minus) {

        /** Whether J was finite on both sides. */
        public boolean finite() {
            return Double.isFinite(plus) && Double.isFinite(minus);
        }

        /** The two-sided difference {@code (J⁺ − J⁻) / (θ⁺ − θ⁻)}. */
        public double central() {
            return (plus - minus) / (up - down);
        }

        /** The right derivative {@code (J⁺ − J₀) / (θ⁺ − θ)}. */
        public double right(double j0) {
            return (plus - j0) / (up - saved);
        }

        /** The left derivative {@code (J₀ − J⁻) / (θ − θ⁻)}. */
        public double left(double j0) {
            return (j0 - minus) / (saved - down);
        }
    }

    /**
     * Evaluates J at {@code θ_i ± step(θ_i, ε)} and restores θ_i bit-exactly.
     *
     * @param element the element perturbed. Modified, then restored.
     */
    public static Sides around(Element element, DoubleSupplier cost, double epsilon) {
        double saved = element.get();
        double h = StepPolicy.step(saved, epsilon);
        double up;
        double down;
        double plus;
        double minus;
        try {
            element.set(saved + h);
            up = element.get();
            plus = cost.getAsDouble();
            element.set(saved - h);
            down = element.get();
            minus = cost.getAsDouble();
        } finally {
            element.set(saved);
        }
        return new Sides(saved, up, plus, down, minus);
    }

    /** Element {@code i} of a tensor slot, through its adapter. */
    public static Element of(TensorSlot slot, int i) {
        return new Element() {
            @Override
            public double get() {
                return slot.get(i);
            }

            @Override
            public void set(double value) {
                slot.set(i, value);
            }
        };
    }

    /** A cell of rows of doubles perturbed in place, moved from cell to cell without allocating. */
    static final class Cell implements Element {
        private double[] row;
        private int j;

        Cell at(double[] row, int j) {
            this.row = row;
            this.j = j;
            return this;
        }

        @Override
        public double get() {
            return row[j];
        }

        @Override
        public void set(double value) {
            row[j] = value;
        }
    }
}
