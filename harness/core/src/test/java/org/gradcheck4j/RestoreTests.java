package org.gradcheck4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.KeepProb;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.testlayers.FloatDense;
import org.gradcheck4j.testlayers.Mat;
import org.gradcheck4j.testlayers.TwoLayerNet;
import org.junit.jupiter.api.Test;

/** θ and the keep probabilities are exactly as they were after a check, whatever happened in it. */
class RestoreTests {

    /** Values for which θ + h − h is not θ in floating point; J = keepProb · Σ (w²/2 + w). */
    static class Awkward {
        @Param double[] w = {0.1, 1e-300, 3.0000000000000004, -7.123456789e10, 0.7};
        @Grad("w") double[] dw = new double[5];
        @KeepProb double keepProb = 0.8;
        boolean failBackward;

        @Forward
        public double cost() {
            double j = 0;
            for (double v : w) {
                j += 0.5 * v * v + v;
            }
            return j * keepProb;
        }

        @Backward
        public void backward() {
            if (failBackward) {
                throw new ArithmeticException("planted");
            }
            for (int i = 0; i < w.length; i++) {
                dw[i] = (w[i] + 1) * keepProb;
            }
        }
    }

    @Test
    void everyComponentIsRestoredBitExactly() {
        Awkward layer = new Awkward();
        double[] before = layer.w.clone();
        GradCheck.of(layer).run();
        for (int i = 0; i < before.length; i++) {
            assertEquals(Double.doubleToRawLongBits(before[i]), Double.doubleToRawLongBits(layer.w[i]), "w[" + i + "]");
        }
    }

    @Test
    void floatTensorsAndInputsAreRestoredBitExactly() {
        Random r = new Random(3);
        FloatDense layer = new FloatDense(3, 2, r);
        float[][] x = FloatDense.input(3, 4, r);
        float[][] xBefore = new float[3][];
        for (int i = 0; i < 3; i++) {
            xBefore[i] = x[i].clone();
        }
        GradCheck.of(layer).input(x).run();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(Float.floatToRawIntBits(xBefore[i][j]), Float.floatToRawIntBits(x[i][j]));
            }
        }
    }

    @Test
    void keepProbIsOneDuringTheCheckAndRestoredAfter() {
        Awkward layer = new Awkward();
        GradCheckResult r = GradCheck.of(layer).run();
        assertEquals(Verdict.PASS, r.verdict(), r::message);
        assertEquals(0.8, layer.keepProb);
        assertTrue(r.notes().stream().anyMatch(n -> n.text().contains("dropout off: 1 @KeepProb")), r::message);
    }

    @Test
    void keepProbIsRestoredWhenTheLayerThrows() {
        Awkward layer = new Awkward();
        layer.failBackward = true;
        GradCheckResult r = GradCheck.of(layer).run();
        assertEquals(Verdict.ERROR, r.verdict());
        assertEquals(0.8, layer.keepProb);
    }

    @Test
    void keepProbIsLeftAloneWhenTheMaskIsFrozen() {
        Random r = new Random(2);
        TwoLayerNet net = new TwoLayerNet(3, 4, 0.6, 0.1, r);
        GradCheckResult result = GradCheck.of(net).input(Mat.random(3, 5, r, 1), TwoLayerNet.labels(5, r)).run();
        assertTrue(result.notes().stream().anyMatch(n -> n.text().contains("mask frozen")), result::message);
        assertTrue(result.notes().stream().noneMatch(n -> n.text().contains("dropout off")), result::message);
    }
}
