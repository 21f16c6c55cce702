package org.gradcheck4j.nd4j;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;
import org.gradcheck4j.tensor.TensorAdapter;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Teaches gradcheck4j ND4J's {@link INDArray}: {@code @Param INDArray W} works once this module is on
 * the class path (it is registered in {@code META-INF/services}).
 *
 * <p>Elements are addressed in row-major order whatever the array's own order: index
 * {@code i} of a {@code [rows, cols]} array is element {@code (i / cols, i % cols)}. ND4J's
 * {@code getDouble(long)} and {@code putScalar(long, double)} follow each array's own order instead,
 * and Deeplearning4j's weight views are column-major ('f'), so this adapter reads and writes through
 * the coordinates ({@code getDouble(long...)}, {@code putScalar(long[], double)}), which respect
 * every array's strides and offset. Views are read and written in place.
 *
 * <p>DOUBLE arrays are checked in double precision, FLOAT arrays with the float policy (a larger
 * step, looser thresholds). Other data types are refused with an {@link IllegalArgumentException}
 * from {@link #shape(Object)}.
 *
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class NdArrayAdapter implements TensorAdapter {

    /** Makes the adapter; ServiceLoader calls this. */
    public NdArrayAdapter() {
        // stateless
    }

    @Override
    public boolean supports(Class<?> type) {
        return INDArray.class.isAssignableFrom(type);
    }

    @Override
    public int[] shape(Object tensor) {
        INDArray a = (INDArray) tensor;
        DataType type = a.dataType();
        if (type != DataType.DOUBLE && type != DataType.FLOAT) {
            throw new IllegalArgumentException("an INDArray of data type " + type
                    + " cannot be checked: use DOUBLE (or FLOAT), e.g. array.castTo(DataType.DOUBLE)");
        }
        long[] shape = a.shape();
        int[] dims = new int[shape.length];
        for (int d = 0; d < shape.length; d++) {
            dims[d] = Math.toIntExact(shape[d]);
        }
        return dims;
    }

    @Override
    public double get(Object tensor, int index) {
        INDArray a = (INDArray) tensor;
        return a.rank() == 0 ? a.getDouble(0L) : a.getDouble(coordinates(a, index));
    }

    @Override
    public void set(Object tensor, int index, double value) {
        INDArray a = (INDArray) tensor;
        if (a.rank() == 0) {
            a.putScalar(0L, value);
        } else {
            a.putScalar(coordinates(a, index), value);
        }
    }

    @Override
    public Object zerosLike(Object tensor) {
        INDArray a = (INDArray) tensor;
        return Nd4j.zeros(a.dataType(), a.shape());
    }

    @Override
    public boolean isSinglePrecision(Object tensor) {
        return ((INDArray) tensor).dataType() == DataType.FLOAT;
    }

    /** The coordinates of row-major index {@code index}: the last dimension varies fastest. */
    static long[] coordinates(INDArray a, long index) {
        long[] shape = a.shape();
        long[] at = new long[shape.length];
        long rest = index;
        for (int d = shape.length - 1; d >= 0; d--) {
            at[d] = rest % shape[d];
            rest /= shape[d];
        }
        return at;
    }
}
