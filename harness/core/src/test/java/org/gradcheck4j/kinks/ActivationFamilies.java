package org.gradcheck4j.kinks;

import java.util.List;
import java.util.Random;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import org.gradcheck4j.generate.Choices;
import org.gradcheck4j.kinks.ActivationLayers.LearnableClip;
import org.gradcheck4j.kinks.ActivationLayers.ManyBreakpoints;
import org.gradcheck4j.kinks.KinkFamily.Trial;

/**
 * The activation families on a batch: hard-tanh, clipping with learnable bounds, min and max with a
 * learnable w, parametric ReLU, soft thresholding with a learnable λ, and an activation with many
 * close breakpoints. The batch comes from {@link ClusteredPoints#batch}: column 0 anchors, the other
 * columns at, on ties with, between and within 1e-12 … 1e-5 of their (often learnable) kinks.
 */
final class ActivationFamilies {

    private ActivationFamilies() {
    }

    /** The seven families. */
    static List<KinkFamily> all() {
        return List.of(
                new KinkFamily("hard-tanh", "the mask taken from the output", ActivationFamilies::hardTanh),
                new KinkFamily("clip with learnable bounds", "the bounds' gradients swapped",
                        ActivationFamilies::clip),
                new KinkFamily("min(x, w)", "the branch condition inverted", (c, bug) -> perColumn(c,
                        Random::nextGaussian, w -> new double[] {w}, w -> bug
                                ? new ActivationLayers.LearnableMinInverted(w) : new ActivationLayers.LearnableMin(w))),
                new KinkFamily("max(x, w)", "dw overwritten instead of summed", (c, bug) -> perColumn(c,
                        Random::nextGaussian, w -> new double[] {w}, w -> bug
                                ? new ActivationLayers.LearnableMaxOverwritten(w) : new ActivationLayers.LearnableMax(w))),
                new KinkFamily("parametric relu", "the mask forgotten in da", (c, bug) -> perColumn(c,
                        r -> 0.05 + 0.25 * r.nextDouble(), a -> new double[] {0}, a -> bug
                                ? new ActivationLayers.ParametricReluUnmasked(a) : new ActivationLayers.ParametricRelu(a))),
                new KinkFamily("soft threshold", "the sign of d-lambda flipped", (c, bug) -> perColumn(c,
                        r -> 0.5 + r.nextDouble(), l -> new double[] {-l, l}, l -> bug
                                ? new ActivationLayers.SoftThresholdSignFlipped(l) : new ActivationLayers.SoftThreshold(l))),
                new KinkFamily("many close breakpoints", "the last breakpoint's slope forgotten",
                        ActivationFamilies::breakpoints));
    }

    private static int rows(Choices choices) {
        return choices.between(4, 7);
    }

    private static Trial hardTanh(Choices choices, boolean buggy) {
        int rows = rows(choices);
        int columns = choices.between(2, 4);
        Random random = KinkFamily.values(choices);
        double[][][] clusters = new double[columns][][];
        for (int j = 0; j < columns; j++) {
            clusters[j] = ClusteredPoints.around(random, -1, 1);
        }
        Object layer = buggy ? new ActivationLayers.HardTanhMaskedOnOutput() : new ActivationLayers.HardTanh();
        return Trial.of(layer, ClusteredPoints.batch(rows, clusters, random));
    }

    private static Trial clip(Choices choices, boolean buggy) {
        int rows = rows(choices);
        int columns = choices.between(2, 4);
        Random random = KinkFamily.values(choices);
        double[] lo = new double[columns];
        double[] hi = new double[columns];
        double[][][] clusters = new double[columns][][];
        for (int j = 0; j < columns; j++) {
            lo[j] = -0.5 - random.nextDouble();
            hi[j] = 0.5 + random.nextDouble();
            clusters[j] = ClusteredPoints.around(random, lo[j], hi[j]);
        }
        double[][] x = ClusteredPoints.batch(rows, clusters, random);
        LearnableClip layer = buggy ? new ActivationLayers.LearnableClipSwapped(lo, hi) : new LearnableClip(lo, hi);
        return Trial.of(layer, x);
    }

    /**
     * A layer with one learnable value p_j per column, drawn by {@code draw}; column j's kinks sit at
     * {@code kinks(p_j)}.
     */
    private static Trial perColumn(Choices choices, Function<Random, Double> draw, DoubleFunction<double[]> kinks,
                                   Function<double[], Object> layer) {
        int rows = rows(choices);
        int columns = choices.between(2, 4);
        Random random = KinkFamily.values(choices);
        double[] p = new double[columns];
        double[][][] clusters = new double[columns][][];
        for (int j = 0; j < columns; j++) {
            p[j] = draw.apply(random);
            clusters[j] = ClusteredPoints.around(random, kinks.apply(p[j]));
        }
        return Trial.of(layer.apply(p), ClusteredPoints.batch(rows, clusters, random));
    }

    /**
     * Breakpoints in two clusters, one near −1 and one near +1, each of 1 to 5 points 1e-12 … 1e-5
     * apart (some tied); every column's values sit at, between and near them.
     */
    private static Trial breakpoints(Choices choices, boolean buggy) {
        int rows = rows(choices);
        int columns = choices.between(2, 4);
        int low = choices.between(1, 5);
        int high = choices.between(1, 5);
        Random random = KinkFamily.values(choices);
        double[][] groups = {
            ClusteredPoints.cluster(-1 + 0.01 * random.nextGaussian(), low, random),
            ClusteredPoints.cluster(1 + 0.01 * random.nextGaussian(), high, random)};
        double[] t = new double[low + high];
        System.arraycopy(groups[0], 0, t, 0, low);
        System.arraycopy(groups[1], 0, t, low, high);
        double[][][] clusters = new double[columns][][];
        java.util.Arrays.fill(clusters, groups);
        double[] a = VectorMath.gaussian(t.length, random);
        a[t.length - 1] = ClusteredPoints.sign(random) * (0.5 + Math.abs(a[t.length - 1]));
        double c = random.nextGaussian();
        ManyBreakpoints layer = buggy ? new ActivationLayers.ManyBreakpointsOffByOne(t, a, c)
                : new ManyBreakpoints(t, a, c);
        return Trial.of(layer, ClusteredPoints.batch(rows, clusters, random));
    }
}
