package org.gradcheck4j.internal.tensor;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.ejml.data.DMatrixRMaj;
import org.gradcheck4j.tensor.TensorAdapter;

/** EJML {@link DMatrixRMaj} tensors (row-major, the first rows × cols elements of data). Internal. */
@API(status = INTERNAL, since = "0.1.0")
public final class DMatrixRMajAdapter implements TensorAdapter {

    @Override
    public boolean supports(Class<?> type) {
        return DMatrixRMaj.class.isAssignableFrom(type);
    }

    @Override
    public int[] shape(Object tensor) {
        DMatrixRMaj m = (DMatrixRMaj) tensor;
        return new int[] {m.numRows, m.numCols};
    }

    @Override
    public double get(Object tensor, int index) {
        return ((DMatrixRMaj) tensor).data[index];
    }

    @Override
    public void set(Object tensor, int index, double value) {
        ((DMatrixRMaj) tensor).data[index] = value;
    }

    @Override
    public Object zerosLike(Object tensor) {
        DMatrixRMaj m = (DMatrixRMaj) tensor;
        return new DMatrixRMaj(m.numRows, m.numCols);
    }
}
