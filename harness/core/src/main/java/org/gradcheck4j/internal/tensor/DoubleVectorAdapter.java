package org.gradcheck4j.internal.tensor;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.gradcheck4j.tensor.TensorAdapter;

/** {@code double[]} tensors. Internal. */
@API(status = INTERNAL, since = "0.1.0")
public final class DoubleVectorAdapter implements TensorAdapter {

    @Override
    public boolean supports(Class<?> type) {
        return type == double[].class;
    }

    @Override
    public int[] shape(Object tensor) {
        return new int[] {((double[]) tensor).length};
    }

    @Override
    public double get(Object tensor, int index) {
        return ((double[]) tensor)[index];
    }

    @Override
    public void set(Object tensor, int index, double value) {
        ((double[]) tensor)[index] = value;
    }

    @Override
    public Object zerosLike(Object tensor) {
        return new double[((double[]) tensor).length];
    }
}
