package org.gradcheck4j.internal.tensor;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.gradcheck4j.tensor.TensorAdapter;

/** {@code float[]} tensors. Internal. */
@API(status = INTERNAL, since = "0.1.0")
public final class FloatVectorAdapter implements TensorAdapter {

    @Override
    public boolean supports(Class<?> type) {
        return type == float[].class;
    }

    @Override
    public int[] shape(Object tensor) {
        return new int[] {((float[]) tensor).length};
    }

    @Override
    public double get(Object tensor, int index) {
        return ((float[]) tensor)[index];
    }

    @Override
    public void set(Object tensor, int index, double value) {
        ((float[]) tensor)[index] = (float) value;
    }

    @Override
    public Object zerosLike(Object tensor) {
        return new float[((float[]) tensor).length];
    }

    @Override
    public boolean isSinglePrecision(Object tensor) {
        return true;
    }
}
