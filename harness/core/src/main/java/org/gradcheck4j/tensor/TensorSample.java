package org.gradcheck4j.tensor;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntToDoubleFunction;
import org.apiguardian.api.API;

/**
 * A tensor for {@link TensorAdapterContract} with what it is known to hold, found by a path that does
 * not go through the adapter: its shape and its elements in row-major order.
 *
 * <pre>{@code
 * double[][] rows = {{1, 2, 3}, {4, 5, 6}};
 * INDArray w = Nd4j.create(rows).dup('f');                    // column-major storage
 * TensorSample s = TensorSample.of(w, new int[] {2, 3}, 1, 2, 3, 4, 5, 6);
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class TensorSample {

    private final Object tensor;
    private final int[] shape;
    private final double[] rowMajor;
    private final Optional<IntToDoubleFunction> readBack;

    private TensorSample(Object tensor, int[] shape, double[] rowMajor, Optional<IntToDoubleFunction> readBack) {
        this.tensor = tensor;
        this.shape = shape;
        this.rowMajor = rowMajor;
        this.readBack = readBack;
    }

    /**
     * A sample tensor and its expected contents.
     *
     * @param tensor the tensor. Modified by the contract check, restored bit-exactly.
     * @param shape its dimensions, outermost first. Not modified.
     * @param rowMajor its elements in row-major order (the last index varies fastest). Not modified.
     * @return the sample
     * @throws IllegalArgumentException if the number of values is not the product of the shape
     */
    public static TensorSample of(Object tensor, int[] shape, double... rowMajor) {
        Objects.requireNonNull(tensor, "tensor");
        long size = 1;
        for (int d : shape) {
            size *= d;
        }
        if (size != rowMajor.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + size
                    + " elements but " + rowMajor.length + " values were given");
        }
        return new TensorSample(tensor, shape.clone(), rowMajor.clone(), Optional.empty());
    }

    /**
     * Adds an independent way to read element {@code i} (row-major), e.g. through the array a view
     * was taken from, so that the check can see that writes land in the tensor's own storage.
     *
     * @param reader reads row-major element {@code i} without the adapter
     * @return a new sample with the reader
     */
    public TensorSample readBack(IntToDoubleFunction reader) {
        return new TensorSample(tensor, shape, rowMajor, Optional.of(Objects.requireNonNull(reader, "reader")));
    }

    /**
     * The tensor.
     *
     * @return the tensor itself, not a copy
     */
    public Object tensor() {
        return tensor;
    }

    /**
     * The expected shape (a copy).
     *
     * @return the dimensions, outermost first
     */
    public int[] shape() {
        return shape.clone();
    }

    /**
     * The expected elements in row-major order (a copy).
     *
     * @return the expected elements, the last index varying fastest
     */
    public double[] rowMajor() {
        return rowMajor.clone();
    }

    /**
     * The independent reader, if one was given.
     *
     * @return the reader given to {@link #readBack(IntToDoubleFunction)}, or empty
     */
    public Optional<IntToDoubleFunction> readBack() {
        return readBack;
    }

    @Override
    public String toString() {
        return tensor.getClass().getSimpleName() + " of shape " + Arrays.toString(shape);
    }
}
