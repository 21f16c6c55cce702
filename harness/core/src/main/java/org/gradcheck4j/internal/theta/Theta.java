package org.gradcheck4j.internal.theta;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The flat parameter vector θ: every {@code @Param} tensor in declaration order, then the
 * differentiated input, each viewed in place (nothing is copied). Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Theta {

    private final List<TensorSlot> slots;
    private final boolean singlePrecision;

    public Theta(List<TensorSlot> slots) {
        this.slots = List.copyOf(slots);
        this.singlePrecision = this.slots.stream().anyMatch(TensorSlot::isSinglePrecision);
    }

    /** The tensors of θ, in order. */
    public List<TensorSlot> slots() {
        return slots;
    }

    /** Whether any tensor stores float values. */
    public boolean hasSinglePrecision() {
        return singlePrecision;
    }

    /** The number of components over all tensors. */
    public long size() {
        long n = 0;
        for (TensorSlot s : slots) {
            n += s.size();
        }
        return n;
    }

    /** The parameter tensors only (no inputs). */
    public List<TensorSlot> parameters() {
        return slots.stream().filter(s -> s.kind() == org.gradcheck4j.TensorResult.Kind.PARAMETER).toList();
    }

    /** Saves every component, for a bit-exact {@link #restore}. */
    public double[][] snapshot() {
        double[][] saved = new double[slots.size()][];
        for (int i = 0; i < saved.length; i++) {
            saved[i] = slots.get(i).values();
        }
        return saved;
    }

    /** Writes back a {@link #snapshot()}, bit-exactly. */
    public void restore(double[][] saved) {
        for (int i = 0; i < saved.length; i++) {
            slots.get(i).restore(saved[i]);
        }
    }
}
