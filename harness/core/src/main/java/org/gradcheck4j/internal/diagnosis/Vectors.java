package org.gradcheck4j.internal.diagnosis;

/**
 * Arithmetic on gradients that skips the components without a value: in the directional mode a
 * numeric gradient holds NaN for every component that was not checked on its own. Internal.
 */
final class Vectors {

    private Vectors() {
    }

    /** Whether a pair of components both have a value. */
    static boolean usable(double a, double b) {
        return Double.isFinite(a) && Double.isFinite(b);
    }

    /** How many components of the pair {@code a}, {@code b} are usable. */
    static int usableCount(double[] a, double[] b) {
        int count = 0;
        for (int i = 0; i < a.length; i++) {
            if (usable(a[i], b[i])) {
                count++;
            }
        }
        return count;
    }

    /**
     * {@code ‖a − b‖ / (‖a‖ + ‖b‖)} over the usable components: 0 when both norms are 0, NaN when
     * no component is usable.
     */
    static double relativeError(double[] a, double[] b) {
        double scale = 0;
        int count = 0;
        for (int i = 0; i < a.length; i++) {
            if (usable(a[i], b[i])) {
                scale = Math.max(scale, Math.max(Math.abs(a[i]), Math.abs(b[i])));
                count++;
            }
        }
        if (count == 0) {
            return Double.NaN;
        }
        if (scale == 0) {
            return 0;
        }
        double diff = 0;
        double a2 = 0;
        double b2 = 0;
        for (int i = 0; i < a.length; i++) {
            if (usable(a[i], b[i])) {
                double x = a[i] / scale;
                double y = b[i] / scale;
                diff += (x - y) * (x - y);
                a2 += x * x;
                b2 += y * y;
            }
        }
        return Math.sqrt(diff) / (Math.sqrt(a2) + Math.sqrt(b2));
    }

    /** {@code a − b}, component by component (NaN stays NaN). */
    static double[] minus(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    /** The Euclidean norm over the finite components. */
    static double norm(double[] a) {
        double scale = 0;
        for (double v : a) {
            if (Double.isFinite(v)) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        if (scale == 0) {
            return 0;
        }
        double s = 0;
        for (double v : a) {
            if (Double.isFinite(v)) {
                s += (v / scale) * (v / scale);
            }
        }
        return scale * Math.sqrt(s);
    }

    /** The transpose of a row-major {@code rows × cols} matrix. */
    static double[] transpose(double[] a, int rows, int cols) {
        double[] t = new double[a.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = a[i * cols + j];
            }
        }
        return t;
    }
}
