package org.gradcheck4j.kinks;

import java.util.Arrays;
import java.util.Random;

/**
 * Where the generated values sit relative to the kinks of a family: exactly on one, a hair away from
 * one (1e-12 to 1e-5), between two kinks of a cluster whose breakpoints are 1e-12 to 1e-5 apart, on
 * an exact tie, or clearly away (an anchor, so that a planted bug has a smooth place to show). Every
 * method draws only from the {@link Random} it is given, so a case replays from its seed.
 */
final class ClusteredPoints {

    /** The closest spacing of two kinks in a cluster. */
    static final double CLOSEST = 1e-12;
    /** The widest spacing of two kinks in a cluster. */
    static final double WIDEST = 1e-5;
    /** The least distance of an anchor from every kink. */
    static final double CLEAR = 0.1;

    private ClusteredPoints() {
    }

    /** A spacing drawn log-uniformly from [1e-12, 1e-5]. */
    static double gap(Random random) {
        return CLOSEST * Math.pow(WIDEST / CLOSEST, random.nextDouble());
    }

    /** A distance from {@link #CLEAR} to twice that, with a random sign. */
    static double clear(Random random) {
        return sign(random) * CLEAR * (1 + random.nextDouble());
    }

    /** +1 or −1. */
    static double sign(Random random) {
        return random.nextBoolean() ? 1 : -1;
    }

    /**
     * {@code n} sorted breakpoints starting at {@code start}, consecutive ones 1e-12 to 1e-5 apart,
     * about a fifth of them exact ties of their predecessor.
     */
    static double[] cluster(double start, int n, Random random) {
        double[] points = new double[n];
        points[0] = start;
        for (int i = 1; i < n; i++) {
            points[i] = points[i - 1] + (random.nextInt(5) == 0 ? 0 : gap(random));
        }
        return points;
    }

    /**
     * A value at, near or between the sorted {@code kinks}: exactly on one (the most frequent case),
     * strictly between two neighbours, a gap outside the cluster, or a gap to either side of one.
     */
    static double near(double[] kinks, Random random) {
        double kink = kinks[random.nextInt(kinks.length)];
        switch (random.nextInt(4)) {
            case 0:
                return kink;
            case 1:
                int i = random.nextInt(kinks.length);
                int j = Math.min(kinks.length - 1, i + 1);
                return kinks[i] + random.nextDouble() * (kinks[j] - kinks[i]);
            case 2:
                return random.nextBoolean() ? kinks[0] - gap(random) : kinks[kinks.length - 1] + gap(random);
            default:
                return kink + sign(random) * gap(random);
        }
    }

    /** An offset from one kink: 0, ±(1e-12 … 1e-5), or (one time in five) clearly away. */
    static double offset(Random random) {
        int u = random.nextInt(5);
        return u == 0 ? clear(random) : u == 1 ? 0 : sign(random) * gap(random);
    }

    /**
     * {@code n} offsets from a common kink for the examples of a batch, shuffled: a cluster of
     * offsets within 1e-5 of 0 (many examples' kinks within one step of each other), with the first
     * {@code anchors} replaced by clear offsets alternating in sign.
     */
    static double[] batchOffsets(int n, int anchors, Random random) {
        double[] offsets = cluster(-random.nextDouble() * WIDEST * random.nextInt(2), n, random);
        shuffle(offsets, random);
        for (int i = 0; i < Math.min(anchors, n); i++) {
            offsets[i] = (i % 2 == 0 ? 1 : -1) * Math.abs(clear(random));
        }
        return offsets;
    }

    /**
     * A batch (rows × columns) for a layer whose column j has its kinks in the sorted
     * {@code clusters[j][…]}. Column 0 is all anchors, clear of its kinks on both sides of the first
     * and the last kink (rows 0, 1 above, rows 2, 3 below, and so on); in every other column each
     * value is, one time in six, clear of a kink, otherwise {@link #near} one of its clusters, so that
     * the column's rows put many kinks within a step of its parameter.
     *
     * @param clusters per column, its kink clusters, each sorted; at least one kink per column
     */
    static double[][] batch(int rows, double[][][] clusters, Random random) {
        double[][] x = new double[rows][clusters.length];
        for (int i = 0; i < rows; i++) {
            double[][] first = clusters[0];
            double[] last = first[first.length - 1];
            double side = (i / 2) % 2 == 0 ? 1 : -1;
            double kink = i % 2 == 0 ? first[0][0] : last[last.length - 1];
            x[i][0] = kink + side * Math.abs(clear(random));
            for (int j = 1; j < clusters.length; j++) {
                double[] cluster = clusters[j][random.nextInt(clusters[j].length)];
                x[i][j] = random.nextInt(6) == 0 ? cluster[0] + clear(random) : near(cluster, random);
            }
        }
        return x;
    }

    /**
     * One cluster per kink position: each kink {@code k} becomes the cluster starting at k of one to
     * three points (values near it then fall on it, on ties and within 1e-12 … 1e-5 of it).
     */
    static double[][] around(Random random, double... kinks) {
        double[][] clusters = new double[kinks.length][];
        for (int k = 0; k < kinks.length; k++) {
            clusters[k] = cluster(kinks[k], 1 + random.nextInt(3), random);
        }
        return clusters;
    }

    /** Shuffles {@code values} in place. Modified. */
    static void shuffle(double[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    /** A copy of {@code values}, sorted. */
    static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
