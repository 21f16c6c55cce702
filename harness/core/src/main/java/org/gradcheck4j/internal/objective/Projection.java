package org.gradcheck4j.internal.objective;

import java.util.SplittableRandom;

/**
 * Draws the fixed random projection R that turns a layer's output into a scalar cost. The latest
 * draw is kept, since checks of one layer ask for the same R again and again (a logarithm and a
 * cosine per element would otherwise cost as much as a small layer's forward pass).
 */
final class Projection {

    private static volatile Drawn latest = new Drawn(0, 0, new double[0]);

    private Projection() {
    }

    /**
     * {@code n} standard normal values from {@code seed}, the same for the same arguments. The array
     * may be shared with other callers: read it, never write it.
     */
    static double[] draw(int n, long seed) {
        Drawn last = latest;
        if (last.n() == n && last.seed() == seed) {
            return last.values();
        }
        double[] r = fresh(n, seed);
        latest = new Drawn(n, seed, r);
        return r;
    }

    private static double[] fresh(int n, long seed) {
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

    private record Drawn(int n, long seed, double[] values) {
    }
}
