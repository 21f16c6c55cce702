package org.gradcheck4j.kinks;

import java.util.List;
import java.util.Random;
import org.gradcheck4j.generate.Choices;
import org.gradcheck4j.kinks.KinkFamily.Trial;

/**
 * The selection families (maxout, top-k, max-pool, the L2 norm of a row) and the L1 penalty: ties,
 * near ties 1e-12 … 1e-5 apart, rows at and near the origin, weights at and near 0, each case with
 * one anchor (a unit, the top element, a window, a row, a weight row) clearly away from every kink.
 */
final class SelectionFamilies {

    private SelectionFamilies() {
    }

    /** The five families. */
    static List<KinkFamily> all() {
        return List.of(
                new KinkFamily("maxout", "the winning piece recomputed without the bias", SelectionFamilies::maxout),
                new KinkFamily("top-k", "the ranks reversed in backward", SelectionFamilies::topK),
                new KinkFamily("max-pool with ties", "average-pooling's backward", SelectionFamilies::maxPool),
                new KinkFamily("row L2 norm near 0", "the 1/2 of the square root forgotten", SelectionFamilies::rowNorm),
                new KinkFamily("L1 penalty", "lambda forgotten in the penalty's gradient", SelectionFamilies::l1));
    }

    /**
     * Unit 0 is the anchor: piece 1 wins by 0.5 only thanks to its bias, piece 0 has the larger W·x.
     * In the other units the pieces tie or nearly tie with piece 0 (a cluster of offsets from it).
     */
    private static Trial maxout(Choices choices, boolean buggy) {
        int pieces = choices.between(2, 3);
        int units = choices.between(2, 4);
        int in = choices.between(2, 4);
        Random random = KinkFamily.values(choices);
        double[][] w = VectorMath.gaussian(pieces * units, in, random);
        double[] x = VectorMath.gaussian(in, random);
        double[] b = new double[pieces * units];
        if (VectorMath.dot(w[0], x) < VectorMath.dot(w[units], x)) {
            double[] swap = w[0];
            w[0] = w[units];
            w[units] = swap;
        }
        double top = VectorMath.dot(w[0], x);
        b[units] = top - VectorMath.dot(w[units], x) + 0.5;
        for (int k = 2; k < pieces; k++) {
            b[k * units] = top - 1 - VectorMath.dot(w[k * units], x);
        }
        for (int i = 1; i < units; i++) {
            b[i] = random.nextGaussian();
            double z = VectorMath.dot(w[i], x) + b[i];
            double[] offsets = ClusteredPoints.cluster(0, pieces - 1, random);
            ClusteredPoints.shuffle(offsets, random);
            for (int k = 1; k < pieces; k++) {
                int row = k * units + i;
                b[row] = z + offsets[k - 1] - VectorMath.dot(w[row], x);
            }
        }
        Object layer = buggy ? new SelectionLayers.MaxoutWinnerWithoutBias(pieces, w, b)
                : new SelectionLayers.Maxout(pieces, w, b);
        return Trial.of(layer, x);
    }

    /** The largest element is 2 clear of the rest; the others crowd about 0 on ties and near ties. */
    private static Trial topK(Choices choices, boolean buggy) {
        int n = choices.between(4, 9);
        int k = choices.between(2, Math.min(4, n - 1));
        Random random = KinkFamily.values(choices);
        double[] crowd = ClusteredPoints.cluster(0, n, random);
        double[] x = new double[n];
        x[0] = 2;
        for (int i = 1; i < n; i++) {
            x[i] = ClusteredPoints.near(crowd, random);
        }
        ClusteredPoints.shuffle(x, random);
        Object layer = buggy ? new SelectionLayers.TopKReversed(k) : new SelectionLayers.TopK(k);
        return Trial.of(layer, x);
    }

    /** Window 0 holds distinct values 0.5 apart; every other window ties or nearly ties. */
    private static Trial maxPool(Choices choices, boolean buggy) {
        int size = choices.between(2, 4);
        int windows = choices.between(2, 4);
        Random random = KinkFamily.values(choices);
        double[] x = new double[size * windows];
        for (int i = 0; i < size; i++) {
            x[i] = 0.5 * i;
        }
        for (int k = 1; k < windows; k++) {
            double[] crowd = ClusteredPoints.cluster(random.nextGaussian(), size, random);
            for (int i = 0; i < size; i++) {
                x[k * size + i] = ClusteredPoints.near(crowd, random);
            }
        }
        Object layer = buggy ? new SelectionLayers.MaxPoolAveraged(size) : new SelectionLayers.MaxPool(size);
        return Trial.of(layer, x);
    }

    /** Row 0 has a norm about 1, row 1 is exactly 0, the others have norms 1e-12 … 1e-5, some zeros. */
    private static Trial rowNorm(Choices choices, boolean buggy) {
        int rows = choices.between(3, 6);
        int columns = choices.between(1, 4);
        Random random = KinkFamily.values(choices);
        double[][] x = new double[rows][columns];
        x[0] = VectorMath.gaussian(columns, random);
        x[0][0] = 1;
        for (int r = 2; r < rows; r++) {
            double scale = ClusteredPoints.gap(random);
            for (int j = 0; j < columns; j++) {
                x[r][j] = random.nextInt(3) == 0 ? 0 : scale * random.nextGaussian();
            }
        }
        Object layer = buggy ? new SelectionLayers.RowNormWithoutHalf() : new SelectionLayers.RowNorm();
        return Trial.of(layer, x);
    }

    /** Row 0 of W is clear of 0; the other weights are 0, within 1e-12 … 1e-5 of it, or (rarely) clear. */
    private static Trial l1(Choices choices, boolean buggy) {
        int out = choices.between(2, 4);
        int in = choices.between(2, 4);
        Random random = KinkFamily.values(choices);
        double[][] w = new double[out][in];
        for (int i = 0; i < out; i++) {
            for (int j = 0; j < in; j++) {
                w[i][j] = i == 0 ? ClusteredPoints.clear(random) * 5 : ClusteredPoints.offset(random);
            }
        }
        double[] b = VectorMath.gaussian(out, random);
        Object layer = buggy ? new PenaltyLayers.L1DenseWithoutLambda(w, b) : new PenaltyLayers.L1Dense(w, b);
        return Trial.of(layer, VectorMath.gaussian(in, random));
    }
}
