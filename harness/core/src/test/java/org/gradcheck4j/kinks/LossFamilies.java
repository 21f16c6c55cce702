package org.gradcheck4j.kinks;

import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.gradcheck4j.generate.Choices;
import org.gradcheck4j.kinks.KinkFamily.Trial;
import org.gradcheck4j.kinks.LossLayers.BatchedLinearLoss;

/**
 * The batched-loss families: hinge, squared hinge, Huber, pinball and the multiclass SVM, their
 * examples placed so that most of them sit at, on ties with, or within 1e-12 … 1e-5 of a kink (so a
 * shared parameter crosses many kinks within one step), with two anchor examples clearly on each
 * side.
 */
final class LossFamilies {

    private LossFamilies() {
    }

    /** The five families. */
    static List<KinkFamily> all() {
        return List.of(
                new KinkFamily("batched hinge", "the 1/m forgotten in backward", (c, bug) -> linear(c,
                        bug ? LossLayers.HingeWithoutMean::new : LossLayers.Hinge::new, Kink.MARGIN)),
                new KinkFamily("squared hinge", "the factor 2 forgotten", (c, bug) -> linear(c,
                        bug ? LossLayers.SquaredHingeWithoutTwo::new : LossLayers.SquaredHinge::new, Kink.MARGIN)),
                new KinkFamily("huber", "the negative side left unclipped", (c, bug) -> linear(c,
                        bug ? LossLayers.HuberUnclippedBelow::new : LossLayers.Huber::new, Kink.HUBER)),
                new KinkFamily("pinball", "tau and 1 - tau swapped on one side", (c, bug) -> linear(c,
                        bug ? LossLayers.PinballSwappedQuantile::new : LossLayers.Pinball::new, Kink.PINBALL)),
                new KinkFamily("multiclass svm", "the correct class's term forgotten", LossFamilies::svm));
    }

    /** Where an example's kink is, as the score s and target t that put it at offset o from it. */
    private enum Kink {
        /** Labels ±1, kink at margin t s = 1: s = t (1 + o); anchors o &gt; 0 inactive, o &lt; 0 active. */
        MARGIN,
        /** Kinks at residual s − t = ±1: an anchor below −1 and one inside. */
        HUBER,
        /** Kink at u = t − s = 0: t = s + o. */
        PINBALL
    }

    private static Trial linear(Choices choices, BiFunction<double[], Double, BatchedLinearLoss> layer, Kink kink) {
        int d = choices.between(1, 4);
        int m = choices.between(3, 8);
        Random random = KinkFamily.values(choices);
        double[] w = VectorMath.gaussian(d, random);
        VectorMath.axpy(0.5 / Math.sqrt(VectorMath.dot(w, w)), w, w);
        double b = 0.5 * random.nextGaussian();
        double[] offsets = ClusteredPoints.batchOffsets(m, 2, random);
        double[][] x = new double[m][];
        double[] t = new double[m];
        for (int j = 0; j < m; j++) {
            x[j] = VectorMath.gaussian(d, random);
            double o = offsets[j];
            switch (kink) {
                case MARGIN -> {
                    t[j] = j == 1 ? 1 : ClusteredPoints.sign(random);
                    VectorMath.project(x[j], w, t[j] * (1 + o) - b);
                }
                case HUBER -> {
                    double side = j < 2 ? -1 : ClusteredPoints.sign(random);
                    t[j] = random.nextGaussian();
                    VectorMath.project(x[j], w, t[j] + side * LossLayers.Huber.DELTA + o - b);
                }
                default -> t[j] = VectorMath.dot(w, x[j]) + b + o;
            }
        }
        return Trial.of(layer.apply(w, b), x, t);
    }

    /**
     * Scores for m examples over C classes: example 0 has every margin clearly positive (an anchor
     * for the label term), example 1 every margin clearly negative, and in the others each class's
     * margins cluster about 0 across the batch.
     */
    private static Trial svm(Choices choices, boolean buggy) {
        int classes = choices.between(2, 5);
        int m = choices.between(3, 7);
        Random random = KinkFamily.values(choices);
        double[] b = VectorMath.gaussian(classes, random);
        double[][] margins = new double[classes][];
        for (int c = 0; c < classes; c++) {
            margins[c] = ClusteredPoints.batchOffsets(m, 0, random);
        }
        double[][] s = new double[m][classes];
        double[] y = new double[m];
        for (int j = 0; j < m; j++) {
            int label = random.nextInt(classes);
            y[j] = label;
            s[j][label] = random.nextGaussian();
            for (int c = 0; c < classes; c++) {
                if (c != label) {
                    double margin = j < 2 ? (1 - 2 * j) * Math.abs(ClusteredPoints.clear(random)) : margins[c][j];
                    s[j][c] = margin - 1 - b[c] + s[j][label] + b[label];
                }
            }
        }
        SvmLayers.MulticlassSvm layer = buggy ? new SvmLayers.MulticlassSvmWithoutLabelTerm(b)
                : new SvmLayers.MulticlassSvm(b);
        return Trial.of(layer, s, y);
    }
}
