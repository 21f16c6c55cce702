package org.gradcheck4j.internal.theta;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.internal.tensor.BackingRows;
import org.gradcheck4j.internal.tensor.BulkCopy;
import org.gradcheck4j.tensor.TensorAdapter;

/**
 * One tensor of θ, read and written in place through its adapter: a parameter (or one element of a
 * list or array of parameters) or a differentiated input. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class TensorSlot {

    private final String name;
    private final TensorResult.Kind kind;
    private final TensorAdapter adapter;
    private final Object tensor;
    private final int[] shape;
    private final int size;
    private final GradientLocation gradient;
    private final int returned;

    TensorSlot(String name, TensorResult.Kind kind, TensorAdapter adapter, Object tensor, int[] shape,
               GradientLocation gradient, int returned) {
        this.name = name;
        this.kind = kind;
        this.adapter = adapter;
        this.tensor = tensor;
        this.shape = shape.clone();
        this.gradient = gradient;
        this.returned = returned;
        int n = 1;
        for (int d : shape) {
            n = Math.multiplyExact(n, d);
        }
        this.size = n;
    }

    public String name() {
        return name;
    }

    public TensorResult.Kind kind() {
        return kind;
    }

    public TensorAdapter adapter() {
        return adapter;
    }

    public Object tensor() {
        return tensor;
    }

    public int[] shape() {
        return shape.clone();
    }

    public int size() {
        return size;
    }

    /** Where the analytic gradient of this parameter is found after a backward pass; null for an input. */
    public GradientLocation gradient() {
        return gradient;
    }

    /**
     * For an input, the position of its gradient among those {@code @Backward} returns (0 for the
     * first non-constant input); -1 for a parameter.
     */
    public int returnedIndex() {
        return returned;
    }

    public double get(int index) {
        return adapter.get(tensor, index);
    }

    public void set(int index, double value) {
        adapter.set(tensor, index, value);
    }

    public boolean isSinglePrecision() {
        return adapter.isSinglePrecision(tensor);
    }

    /** The name of one element: {@code W[2,3]}, {@code b[1]}, {@code W[1][0,2]}. */
    public String elementName(int index) {
        return ElementNames.of(name, shape, index);
    }

    /**
     * The arrays that hold this tensor's elements in row-major order, for loops that perturb them in
     * place, or null when they must go through the adapter (see {@link BackingRows}).
     */
    public double[][] backingRows() {
        return BackingRows.of(adapter, tensor, size);
    }

    /** Copies every element into a new array (row-major). */
    public double[] values() {
        double[] v = new double[size];
        BulkCopy.read(adapter, tensor, v);
        return v;
    }

    /** Writes back values saved by {@link #values()}, bit-exactly. */
    public void restore(double[] saved) {
        BulkCopy.write(adapter, tensor, saved);
    }
}
