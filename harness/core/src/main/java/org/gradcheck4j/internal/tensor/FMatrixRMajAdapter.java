package org.gradcheck4j.internal.tensor;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.ejml.data.FMatrixRMaj;
import org.gradcheck4j.tensor.TensorAdapter;

/** EJML {@link FMatrixRMaj} tensors (row-major, single precision). Internal. */
@API(status = INTERNAL, since = "0.1.0")
public final class FMatrixRMajAdapter implements TensorAdapter {

    @Override
    public boolean supports(Class<?> type) {
        return FMatrixRMaj.class.isAssignableFrom(type);
    }

    @Override
    public int[] shape(Object tensor) {
        FMatrixRMaj m = (FMatrixRMaj) tensor;
        return new int[] {m.numRows, m.numCols};
    }

    @Override
    public double get(Object tensor, int index) {
        return ((FMatrixRMaj) tensor).data[index];
    }

    @Override
    public void set(Object tensor, int index, double value) {
        ((FMatrixRMaj) tensor).data[index] = (float) value;
    }

    @Override
    public Object zerosLike(Object tensor) {
        FMatrixRMaj m = (FMatrixRMaj) tensor;
        return new FMatrixRMaj(m.numRows, m.numCols);
    }

    @Override
    public boolean isSinglePrecision(Object tensor) {
        return true;
    }
}
