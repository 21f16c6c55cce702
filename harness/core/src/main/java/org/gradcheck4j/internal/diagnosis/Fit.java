package org.gradcheck4j.internal.diagnosis;

/**
 * The least-squares fit {@code y ≈ k·x} over the components where both are finite:
 * {@code k = x·y / x·x}, with the residual {@code ‖y − k·x‖ / (‖y‖ + ‖k·x‖)} (0 when both norms
 * are 0), a relative error like the check's own. Internal.
 *
 * @param k the factor, NaN when x is 0 on every usable component
 * @param residual the relative residual of the fit, NaN when k is
 * @param count how many components took part
 */
record Fit(double k, double residual, int count) {

    /** Fits {@code y ≈ k·x}. */
    static Fit of(double[] y, double[] x) {
        double xy = 0;
        double xx = 0;
        int count = 0;
        for (int i = 0; i < y.length; i++) {
            if (Vectors.usable(y[i], x[i])) {
                xy += x[i] * y[i];
                xx += x[i] * x[i];
                count++;
            }
        }
        if (!(xx > 0)) {
            return new Fit(Double.NaN, Double.NaN, count);
        }
        double k = xy / xx;
        double[] kx = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            kx[i] = k * x[i];
        }
        return new Fit(k, Vectors.relativeError(y, kx), count);
    }

    /** Whether the fit exists and its residual is at most {@code tolerance}. */
    boolean holds(double tolerance) {
        return residual <= tolerance;
    }
}
