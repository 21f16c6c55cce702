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
    void aLargeConstantInJIsJudgedByItsMeasuredNoise() {
        GradCheckResult r = GradCheck.of(new LargeOffset(20, new Random(3))).run();
        assertEquals(Verdict.PASS, r.verdict(), r::message);
        assertThat(r.notes()).filteredOn(n -> n.kind() == Note.Kind.REEXAMINED)
                .allSatisfy(n -> assertThat(n.subjects()).containsExactly("w"));
        assertThat(r.evaluations()).as("2N for the differences, a few for J's state and noise")
                .isLessThanOrEqualTo(2 * 20 + 20 + 4 * 20);
    }

    /** J = 1 + s·Σ w², with a gradient too small for finite differences when s is tiny. */
    static class TinyGradient {
        @Param double[] w = {0.3, -0.7, 1.1};
        @Grad("w") double[] dw = new double[3];
        final double scale;
        final double backwardScale;

        TinyGradient(double scale, double backwardScale) {
            this.scale = scale;
            this.backwardScale = backwardScale;
        }

        @Forward
        public double cost() {
            double j = 1;
            for (double v : w) {
                j += scale * v * v;
            }
            return j;
        }

        @Backward
        public void backward() {
            for (int i = 0; i < w.length; i++) {
                dw[i] = 2 * backwardScale * w[i];
            }
        }
    }

    @Test
    void gradientsBelowTheRoundingFloorAreMarginalNotFail() {
        GradCheckResult tiny = GradCheck.of(new TinyGradient(1e-12, 1e-12)).run();
        assertEquals(Verdict.MARGINAL, tiny.verdict(), tiny::message);
        assertThat(tiny.notes()).anyMatch(n -> n.kind() == Note.Kind.UNRESOLVED && n.subjects().equals(java.util.List.of("w")));
        GradCheckResult saturated = GradCheck.of(new org.gradcheck4j.testlayers.Activations.Sigmoid())
                .input(new double[] {-705, 40, -40, 38}).run();
        assertThat(saturated.passes(false)).as(saturated::message).isTrue();
    }

    @Test
    void aWrongGradientAboveTheRoundingFloorStillFails() {
        GradCheckResult wrong = GradCheck.of(new TinyGradient(1e-4, 2e-4)).run();
        assertEquals(Verdict.FAIL, wrong.verdict(), wrong::message);
        GradCheckResult missing = GradCheck.of(new TinyGradient(1e-5, 0)).run();
        assertEquals(Verdict.FAIL, missing.verdict(), missing::message);
    }

    @Test
    void aLargeCostDoesNotDrownACorrectBiasInRounding() {
        int reexamined = 0;
        for (long seed = 0; seed < 20; seed++) {
            Random r = new Random(seed);
            org.gradcheck4j.testlayers.Dense dense = new org.gradcheck4j.testlayers.Dense(6, 4, r);
            for (double[] row : dense.weights()) {
                for (int j = 0; j < row.length; j++) {
                    row[j] *= 50;
                }
            }
            double[][] x = org.gradcheck4j.testlayers.Mat.random(6, 5, r, 1e5);
            GradCheckResult result = GradCheck.of(dense).input(x).seed(seed).run();
            assertThat(result.passes(false)).as(result::message).isTrue();
            reexamined += result.notes().stream().anyMatch(n -> n.kind() == Note.Kind.REEXAMINED) ? 1 : 0;
            assertThat(result.notes()).as("the larger step resolves them").noneMatch(n -> n.kind() == Note.Kind.UNRESOLVED);
        }
        assertThat(reexamined).as("cases whose plain difference drowned in rounding").isPositive();
    }

    @Test
    void oneWrongElementAmongSixtyThousandFailsByName() {
        GradCheckResult r = GradCheck.of(new OneWrongAmongMany(new Random(5))).mode(CheckMode.EXHAUSTIVE).run();
        TensorResult w = r.tensor("W").orElseThrow();
        assertThat(w.relativeError()).isLessThan(1e-3);
        assertEquals(Verdict.FAIL, r.verdict(), r::message);
        assertEquals("W[123,45]", w.worst().get(0).name());
        assertThat(r.notes()).anyMatch(n -> n.text().endsWith("wrong although their tensor's norm ratio is small: W[123,45]"));
    }

    /** A dense layer whose biases are 100 times larger, so that J sums large terms that cancel. */
    static class LargeBiasDense extends org.gradcheck4j.testlayers.Dense {
        LargeBiasDense(int in, int out, Random random) {
            super(in, out, random);
            for (int i = 0; i < b.length; i++) {
                b[i] *= 100;
            }
        }
    }

    /** The same with db doubled from the second unit on. */
    static class LargeBiasDenseWithWrongBiasGradient extends LargeBiasDense {
        LargeBiasDenseWithWrongBiasGradient(int in, int out, Random random) {
            super(in, out, random);
        }

        @Override
        public double[][] backward(double[][] dy) {
            double[][] dx = super.backward(dy);
            for (int i = 1; i < db.length; i++) {
                db[i] *= 2;
            }
            return dx;
        }
    }

    @Test
    void termsOfJThatCancelDoNotMakeACorrectLayerFail() {
        for (long seed = 0; seed < 300; seed++) {
            Random r = new Random(seed);
            GradCheckResult result = GradCheck.of(new LargeBiasDense(5, 6, r))
                    .input(org.gradcheck4j.testlayers.Mat.random(5, 1, r, 1e-6)).seed(seed).run();
            assertThat(result.passes(false)).as(result::message).isTrue();
        }
    }

    @Test
    void aWrongBiasGradientStillFailsAmongTermsThatCancel() {
        for (long seed = 0; seed < 20; seed++) {
            Random r = new Random(seed);
            GradCheckResult result = GradCheck.of(new LargeBiasDenseWithWrongBiasGradient(5, 6, r))
                    .input(org.gradcheck4j.testlayers.Mat.random(5, 1, r, 1e-6)).seed(seed).run();
            assertEquals(Verdict.FAIL, result.verdict(), result::message);
            assertThat(result.failingTensors()).extracting(TensorResult::name).contains("b");
        }
    }

    /**
     * J = 10⁶ + 10⁻¹²·v + relu(w) with w 5·10⁻⁴ below the kink: v's gradient is below the rounding
     * floor (MARGINAL), and Richardson's steps of 10⁻³ cross the kink of w.
     */
    static class KinkWithinRichardsonsStep {
        @Param double[] w = {-5e-4};
        @Param double[] v = {1};
        @Grad("w") double[] dw = {0};
        @Grad("v") double[] dv = {0};

        @Forward
        public double cost() {
            return 1e6 + 1e-12 * v[0] + Math.max(0, w[0]);
        }

        @Backward
        public void backward() {
            dw[0] = w[0] > 0 ? 1 : 0;
            dv[0] = 1e-12;
        }
    }

    /**
     * Issue 14 changed the old rule "a re-examination may rescue a verdict, never worsen it": the
     * re-examined value stands only where it shows J smooth over its larger steps, so a Richardson
     * step that crosses the kink of w leaves w's first value (and verdict) alone, while v, below the
     * noise of J, stays MARGINAL.
     */
    @Test
    void aReexaminationWhoseStepsCrossAKinkKeepsTheFirstValue() {
        GradCheckResult result = GradCheck.of(new KinkWithinRichardsonsStep()).run();

        assertEquals(Verdict.MARGINAL, result.verdict(), result::message);
        assertEquals(Verdict.PASS, result.tensor("w").orElseThrow().verdict(), result::message);
        assertThat(result.notes()).filteredOn(n -> n.kind() == Note.Kind.REEXAMINED)
                .allSatisfy(n -> assertThat(n.subjects()).doesNotContain("w"));
        assertThat(result.notes()).anyMatch(n -> n.kind() == Note.Kind.UNRESOLVED && n.subjects().contains("v"));
    }
}
