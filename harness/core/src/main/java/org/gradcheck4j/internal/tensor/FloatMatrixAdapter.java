package org.gradcheck4j.internal.tensor;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.gradcheck4j.tensor.TensorAdapter;

/** {@code float[][]} tensors, rows of equal length. Internal. */
@API(status = INTERNAL, since = "0.1.0")
public final class FloatMatrixAdapter implements TensorAdapter {

    @Override
    public boolean supports(Class<?> type) {
        return type == float[][].class;
    }

    @Override
    public int[] shape(Object tensor) {
        float[][] a = (float[][]) tensor;
        return RectangularShape.of(a.length, r -> a[r] == null, r -> a[r].length);
    }

    @Override
    public double get(Object tensor, int index) {
        float[][] a = (float[][]) tensor;
        int cols = a[0].length;
        return a[index / cols][index % cols];
    }

    @Override
    public void set(Object tensor, int index, double value) {
        float[][] a = (float[][]) tensor;
        int cols = a[0].length;
        a[index / cols][index % cols] = (float) value;
    }

    @Override
    public Object zerosLike(Object tensor) {
        int[] shape = shape(tensor);
        return new float[shape[0]][shape[1]];
    }

    @Override
    public boolean isSinglePrecision(Object tensor) {
        return true;
    }
}
