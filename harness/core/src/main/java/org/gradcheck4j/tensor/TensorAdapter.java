package org.gradcheck4j.tensor;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * Teaches gradcheck4j a tensor type: how to read its shape, read and write its elements in
 * row-major order, and make a new tensor of the same type and shape.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/org.gradcheck4j.tensor.TensorAdapter}. It needs a public no-argument
 * constructor and must be stateless. Lists and arrays of a supported type are handled by the
 * engine and need no adapter of their own.
 *
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public interface TensorAdapter {

    /**
     * Whether this adapter handles tensors whose runtime class is {@code type}.
     *
     * @param type a runtime class. Not modified.
     * @return true if every other method accepts instances of {@code type}
     */
    boolean supports(Class<?> type);

    /**
     * The dimensions of a tensor, outermost first: {@code {rows, cols}} for a matrix,
     * {@code {n}} for a vector.
     *
     * @param tensor the tensor. Not modified.
     * @return its shape, every dimension ≥ 0
     * @throws IllegalArgumentException if the tensor has no consistent shape (a ragged array)
     */
    int[] shape(Object tensor);

    /**
     * Reads one element.
     *
     * @param tensor the tensor. Not modified.
     * @param index the row-major index, {@code 0 ≤ index < size}
     * @return the element widened to double
     */
    double get(Object tensor, int index);

    /**
     * Writes one element.
     *
     * @param tensor the tensor. Modified.
     * @param index the row-major index
     * @param value the new value, rounded to the tensor's precision
     */
    void set(Object tensor, int index, double value);

    /**
     * Makes a new tensor of the same type and shape, filled with zeros.
     *
     * @param tensor the model. Not modified.
     * @return a new tensor
     */
    Object zerosLike(Object tensor);

    /**
     * Whether the tensor stores single-precision (float) values. Such tensors are checked with a
     * larger step and looser thresholds.
     *
     * @param tensor the tensor. Not modified.
     * @return true for float storage
     */
    default boolean isSinglePrecision(Object tensor) {
        return false;
    }
}
