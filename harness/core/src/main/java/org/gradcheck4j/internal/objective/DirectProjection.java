package org.gradcheck4j.internal.objective;

/**
 * The projection {@code Σ R ⊙ y} read straight from a {@code double[]} or rectangular
 * {@code double[][]} output, row-major as the adapters read it, without an adapter call, a shape
 * array or an index division per element: J is evaluated 2N times, and for a small layer the
 * projection would otherwise cost as much as the layer. Outputs of other types, or of a size or
 * shape that is off, are left to the adapter path and its messages. Internal.
 */
final class DirectProjection {

    private DirectProjection() {
    }

    /** Whether {@code y} is a double vector or rectangular double matrix of exactly {@code n} elements. */
    static boolean applies(Object y, int n) {
        if (y instanceof double[] v) {
            return v.length == n;
        }
        if (y instanceof double[][] m) {
            if (m.length == 0 || m[0] == null) {
                return n == 0 && m.length == 0;
            }
            int cols = m[0].length;
            for (double[] row : m) {
                if (row == null || row.length != cols) {
                    return false;
                }
            }
            return (long) m.length * cols == n;
        }
        return false;
    }

    /** {@code Σ r_i y_i} over the row-major elements of {@code y}, which {@link #applies} accepted. */
    static double dot(double[] r, Object y) {
        double j = 0;
        if (y instanceof double[] v) {
            for (int i = 0; i < v.length; i++) {
                j += r[i] * v[i];
            }
            return j;
        }
        int k = 0;
        for (double[] row : (double[][]) y) {
            for (double value : row) {
                j += r[k++] * value;
            }
        }
        return j;
    }
}
