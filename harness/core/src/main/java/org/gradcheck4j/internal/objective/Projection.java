package org.gradcheck4j.internal.objective;

import java.util.SplittableRandom;

/** Draws the fixed random projection R that turns a layer's output into a scalar cost. */
final class Projection {

    private Projection() {
    }

    /** {@code n} standard normal values from {@code seed}, the same for the same arguments. */
    static double[] draw(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = gaussian(random);
        }
        return r;
    }

    private static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
