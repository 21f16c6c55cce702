package org.gradcheck4j.annotation;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Several tensors in a fixed order: what a {@link Forward} method with several outputs returns
 * (an LSTM cell's {@code Tensors.of(h, c)}), and what a {@link Backward} method returns when the
 * forward pass has several non-{@link Constant} inputs (their gradients, in parameter order:
 * {@code Tensors.of(dx, dh, dc)}). A {@code List} or an {@code Object[]} of tensors is understood
 * the same way. Immutable; the tensors themselves are not copied.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Tensors {

    private final List<Object> values;

    private Tensors(Object[] values) {
        this.values = Collections.unmodifiableList(Arrays.asList(values));
    }

    /**
     * The given tensors, in order.
     *
     * @param tensors the tensors (a null stands for a gradient that was not computed, and is
     *                reported as such). Not modified.
     * @return the tensors
     */
    public static Tensors of(Object... tensors) {
        return new Tensors(tensors.clone());
    }

    /**
     * The tensor at {@code index}.
     *
     * @param index 0-based
     * @return the tensor there
     */
    public Object get(int index) {
        return values.get(index);
    }

    /** {@return how many tensors there are} */
    public int size() {
        return values.size();
    }

    /** {@return the tensors as an unmodifiable list} */
    public List<Object> asList() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tensors t && values.equals(t.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Tensors" + values;
    }
}
