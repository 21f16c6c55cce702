package org.gradcheck4j.internal.tensor;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.gradcheck4j.tensor.TensorAdapter;

/** {@code double[][]} tensors, rows of equal length. Internal. */
@API(status = INTERNAL, since = "0.1.0")
public final class DoubleMatrixAdapter implements TensorAdapter {

    @Override
    public boolean supports(Class<?> type) {
        return type == double[][].class;
    }

    @Override
    public int[] shape(Object tensor) {
        double[][] a = (double[][]) tensor;
        return RectangularShape.of(a.length, r -> a[r] == null, r -> a[r].length);
    }

    @Override
    public double get(Object tensor, int index) {
        double[][] a = (double[][]) tensor;
        int cols = a[0].length;
        return a[index / cols][index % cols];
    }

    @Override
    public void set(Object tensor, int index, double value) {
        double[][] a = (double[][]) tensor;
        int cols = a[0].length;
        a[index / cols][index % cols] = value;
    }

    @Override
    public Object zerosLike(Object tensor) {
        int[] shape = shape(tensor);
        return new double[shape[0]][shape[1]];
    }
}
