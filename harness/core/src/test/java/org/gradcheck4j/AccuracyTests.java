package org.gradcheck4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.Param;
import org.junit.jupiter.api.Test;

/** Borderline results are re-examined; one wrong element among many is not hidden by the norm. */
class AccuracyTests {

    /** J = 1000 + Σ sin(w_i): the large constant costs the plain difference about six digits. */
    static class LargeOffset {
        @Param double[] w;
        @Grad("w") double[] dw;

        LargeOffset(int n, Random r) {
            w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = r.nextGaussian();
            }
            dw = new double[n];
        }

        @Forward
        public double cost() {
            double j = 1000;
            for (double v : w) {
                j += Math.sin(v);
            }
            return j;
        }

        @Backward
        public void backward() {
            for (int i = 0; i < w.length; i++) {
                dw[i] = Math.cos(w[i]);
            }
        }
    }

    /** J = Σ c_i w_i² over 60,000 weights, with the gradient of one element wrong by 50%. */
    static class OneWrongAmongMany {
        @Param double[][] W = new double[200][300];
        @Grad("W") double[][] dW = new double[200][300];

        OneWrongAmongMany(Random r) {
            for (double[] row : W) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = r.nextGaussian();
                }
            }
        }

        @Forward
        public double cost() {
            double j = 0;
            for (double[] row : W) {
                for (double v : row) {
                    j += v * v;
                }
            }
            return j;
        }

        @Backward
        public void backward() {
            for (int i = 0; i < W.length; i++) {
                for (int k = 0; k < W[0].length; k++) {
                    dW[i][k] = 2 * W[i][k];
                }
            }
            dW[123][45] *= 1.5;
        }
    }

    @Test
    void aBorderlineResultIsReexaminedWithRichardsonAndBothAreShown() {
        GradCheckResult r = GradCheck.of(new LargeOffset(20, new Random(3))).run();
        assertEquals(Verdict.PASS, r.verdict(), r::message);
        assertThat(r.notes()).anyMatch(n -> n.matches("borderline (MARGINAL|WARN) \\(relative error \\S+\\) re-examined"
                + " with Richardson extrapolation \\(steps 0.001 and 5e-04\\): relative error \\S+, PASS; the"
                + " extrapolated gradient stands"));
        assertThat(r.relativeError()).isLessThan(1e-9);
    }

    @Test
    void oneWrongElementAmongSixtyThousandFailsByName() {
        GradCheckResult r = GradCheck.of(new OneWrongAmongMany(new Random(5))).run();
        TensorResult w = r.tensor("W").orElseThrow();
        assertThat(w.relativeError()).isLessThan(1e-3);
        assertEquals(Verdict.FAIL, r.verdict(), r::message);
        assertEquals("W[123,45]", w.worst().get(0).name());
        assertThat(r.notes()).anyMatch(n -> n.endsWith("wrong although their tensor's norm ratio is small: W[123,45]"));
    }
}
