package org.gradcheck4j.kinks;

import java.util.Random;

/** The few vector operations the kink fixtures share. */
final class VectorMath {

    private VectorMath() {
    }

    /** Σ a_i b_i. */
    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** y += alpha x. Modified: y. */
    static void axpy(double alpha, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += alpha * x[i];
        }
    }

    /** n standard-normal values. */
    static double[] gaussian(int n, Random random) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextGaussian();
        }
        return v;
    }

    /** rows × cols standard-normal values. */
    static double[][] gaussian(int rows, int cols, Random random) {
        double[][] m = new double[rows][];
        for (int i = 0; i < rows; i++) {
            m[i] = gaussian(cols, random);
        }
        return m;
    }

    /**
     * Moves {@code x} along {@code w} so that {@code w·x} equals {@code target} (up to rounding).
     * Modified: x.
     */
    static void project(double[] x, double[] w, double target) {
        axpy((target - dot(w, x)) / dot(w, w), w, x);
    }
}
