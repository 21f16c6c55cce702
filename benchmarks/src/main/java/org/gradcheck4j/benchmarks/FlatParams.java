package org.gradcheck4j.benchmarks;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The parameters of a layer as one flat vector, the way the course's code handles them
 * ({@code dictionary_to_vector} and {@code vector_to_dictionary}): tensors are {@code double[][]}
 * or {@code double[]}, flattened row-major in order.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class FlatParams {

    private final List<Object> tensors;
    private final int size;

    public FlatParams(List<Object> tensors) {
        this.tensors = List.copyOf(tensors);
        int n = 0;
        for (Object t : tensors) {
            n += t instanceof double[][] m ? m.length * m[0].length : ((double[]) t).length;
        }
        this.size = n;
    }

    public int size() {
        return size;
    }

    /** A new vector holding every parameter. */
    public double[] flatten() {
        double[] v = new double[size];
        int k = 0;
        for (Object t : tensors) {
            if (t instanceof double[][] m) {
                for (double[] row : m) {
                    System.arraycopy(row, 0, v, k, row.length);
                    k += row.length;
                }
            } else {
                double[] a = (double[]) t;
                System.arraycopy(a, 0, v, k, a.length);
                k += a.length;
            }
        }
        return v;
    }

    /** Writes a whole vector back into the tensors. */
    public void write(double[] v) {
        int k = 0;
        for (Object t : tensors) {
            if (t instanceof double[][] m) {
                for (double[] row : m) {
                    System.arraycopy(v, k, row, 0, row.length);
                    k += row.length;
                }
            } else {
                double[] a = (double[]) t;
                System.arraycopy(v, k, a, 0, a.length);
                k += a.length;
            }
        }
    }
}
