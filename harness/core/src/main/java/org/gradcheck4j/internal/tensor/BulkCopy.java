package org.gradcheck4j.internal.tensor;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.gradcheck4j.tensor.TensorAdapter;

/**
 * Copies a whole tensor to or from a row-major {@code double[]}: row by row with
 * {@code System.arraycopy} when the tensor has {@link BackingRows}, element by element through the
 * adapter otherwise. The values are the adapter's, bit for bit. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class BulkCopy {

    private BulkCopy() {
    }

    /** Reads the first {@code into.length} elements of {@code tensor} (row-major) into {@code into}. */
    public static void read(TensorAdapter adapter, Object tensor, double[] into) {
        double[][] rows = BackingRows.of(adapter, tensor, into.length);
        if (rows == null) {
            for (int i = 0; i < into.length; i++) {
                into[i] = adapter.get(tensor, i);
            }
            return;
        }
        int k = 0;
        for (double[] row : rows) {
            System.arraycopy(row, 0, into, k, row.length);
            k += row.length;
        }
    }

    /** Writes {@code from} into the first {@code from.length} elements of {@code tensor} (row-major). */
    public static void write(TensorAdapter adapter, Object tensor, double[] from) {
        double[][] rows = BackingRows.of(adapter, tensor, from.length);
        if (rows == null) {
            for (int i = 0; i < from.length; i++) {
                adapter.set(tensor, i, from[i]);
            }
            return;
        }
        int k = 0;
        for (double[] row : rows) {
            System.arraycopy(from, k, row, 0, row.length);
            k += row.length;
        }
    }
}
