package org.gradcheck4j.internal.tensor;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.ejml.data.DMatrixRMaj;
import org.gradcheck4j.tensor.TensorAdapter;

/**
 * The {@code double[]} arrays that hold a tensor's elements, so that hot loops can read and write
 * them without an adapter call and an index division per element: a {@code double[]} is one row, a
 * rectangular {@code double[][]} its rows, a {@link DMatrixRMaj} its data array. Only for the
 * built-in adapters of those types, whose row-major order the rows follow. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class BackingRows {

    private BackingRows() {
    }

    /**
     * The rows whose concatenation is the tensor's {@code size} elements in row-major order, or
     * null when the tensor is of another type (or adapter), ragged, or not exactly {@code size} long.
     */
    public static double[][] of(TensorAdapter adapter, Object tensor, int size) {
        if (adapter instanceof DoubleVectorAdapter && tensor instanceof double[] a) {
            return a.length == size ? new double[][] {a} : null;
        }
        if (adapter instanceof DoubleMatrixAdapter && tensor instanceof double[][] rows) {
            return isRectangular(rows, size) ? rows : null;
        }
        if (adapter instanceof DMatrixRMajAdapter && tensor instanceof DMatrixRMaj m) {
            return m.data.length == size && m.getNumElements() == size ? new double[][] {m.data} : null;
        }
        return null;
    }

    private static boolean isRectangular(double[][] rows, int size) {
        if (rows.length == 0) {
            return false;
        }
        int cols = rows[0] == null ? -1 : rows[0].length;
        for (double[] row : rows) {
            if (row == null || row.length != cols) {
                return false;
            }
        }
        return (long) rows.length * cols == size;
    }
}
