package org.gradcheck4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.gradcheck4j.internal.message.FailureMessage;
import org.gradcheck4j.testlayers.DenseBugs;
import org.gradcheck4j.testlayers.Mat;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** assertCorrect's message says what failed, where, by how much, and how to reproduce it. */
class FailureMessageTests {

    @Test
    void failureNamesClassVerdictTensorsWorstComponentsAndSeed() {
        Random r = new Random(9);
        GradCheck check = GradCheck.of(new DenseBugs.WrongBiasGradient(3, 2, r)).input(Mat.random(3, 4, r, 1))
                .seed(77).label("seed=77 · at init");
        AssertionFailedError e = assertThrows(AssertionFailedError.class, check::assertCorrect);
        String message = e.getMessage();
        assertThat(message).startsWith("Gradient check of " + DenseBugs.WrongBiasGradient.class.getName() + ": FAIL")
                .contains("case: seed=77 · at init")
                .containsPattern("\\n  tensor +kind +shape +relative error +verdict\\n")
                .containsPattern("\\n  W +parameter +\\[2, 3\\] +\\S+ +PASS\\n")
                .containsPattern("\\n  b +parameter +\\[2\\] +\\S+ +FAIL\\n")
                .containsPattern("Expecting analytic gradient b\\[\\d\\]:\\n    \\S+\\n  to be close to numeric:\\n    \\S+")
                .contains("b: relative error", "≥ fail threshold 0.001")
                .endsWith("\nReproduce: GradCheck.of(layer).input(…).seed(77).run()")
                .doesNotContain("Expecting analytic gradient W");
    }

    /** A planted bug that every gradient shares: backward is given −dy instead of dy. */
    static class NegatedUpstreamGradient extends org.gradcheck4j.testlayers.Dense {
        NegatedUpstreamGradient(int in, int out, Random random) {
            super(in, out, random);
        }

        @Override
        public double[][] backward(double[][] dy) {
            double[][] negated = new double[dy.length][];
            for (int i = 0; i < dy.length; i++) {
                negated[i] = java.util.Arrays.stream(dy[i]).map(v -> -v).toArray();
            }
            return super.backward(negated);
        }
    }

    @Test
    void whenEveryTensorFailsTheMessageLeadsWithThatAndStaysShort() {
        Random r = new Random(9);
        GradCheck check = GradCheck.of(new NegatedUpstreamGradient(3, 2, r)).input(Mat.random(3, 4, r, 1)).seed(77);
        String message = assertThrows(AssertionFailedError.class, check::assertCorrect).getMessage();
        String[] lines = message.split("\n");

        assertThat(lines[1]).isEqualTo("Every gradient is wrong (W, b, x): look at what they share — the incoming "
                + "dy, the cached activations, the state carried between steps.");
        assertThat(message).doesNotContain("Expecting analytic gradient")
                .containsPattern("\n  worst component \\w\\[[\\d,]+\\]: analytic \\S+, numeric \\S+, component")
                .contains("every component of every tensor: the run's report (target/gradcheck4j/)")
                .endsWith("\nReproduce: GradCheck.of(layer).input(…).seed(77).run()");
        assertThat(lines.length).isLessThanOrEqualTo(15);
    }

    @Test
    void whenOnlySomeTensorsFailEachIsDetailed() {
        Random r = new Random(9);
        GradCheck check = GradCheck.of(new DenseBugs.WrongBiasGradient(3, 2, r)).input(Mat.random(3, 4, r, 1))
                .seed(3).train(5);
        String message = assertThrows(AssertionFailedError.class, check::assertCorrect).getMessage();

        assertThat(message).doesNotContain("Every gradient is wrong").contains("Expecting analytic gradient b[")
                .endsWith("\nReproduce: GradCheck.of(layer).input(…).seed(3).train(5).run()");
    }

    @Test
    void passingCheckDoesNotThrowAndReturnsItsResult() {
        Random r = new Random(9);
        GradCheckResult result = GradCheck.of(new org.gradcheck4j.testlayers.Dense(3, 2, r))
                .input(Mat.random(3, 4, r, 1)).assertCorrect();
        assertEquals(Verdict.PASS, result.verdict());
    }

    /** dJ/dθ off by a factor 1.0001: a relative error of 5e-5, between warn and fail. */
    static class SlightlyOffCube extends org.gradcheck4j.testlayers.Cube {
        SlightlyOffCube() {
            super(1.0);
        }

        @Override
        public void backward() {
            super.backward();
            scaleGradient(1.0001);
        }
    }

    @Test
    void warnPassesUnlessStrict() {
        assertEquals(Verdict.WARN, GradCheck.of(new SlightlyOffCube()).assertCorrect().verdict());
        GradCheck check = GradCheck.of(new SlightlyOffCube()).strict(true);
        AssertionFailedError e = assertThrows(AssertionFailedError.class, check::assertCorrect);
        assertThat(e.getMessage()).contains(": WARN (relative error 4.999", "re-examined with Richardson extrapolation");
    }

    @Test
    void numbersAreShortAndReadable() {
        assertEquals("0.001", FailureMessage.num(1e-3));
        assertEquals("1e-07", FailureMessage.num(1e-7));
        assertEquals("3.0001", FailureMessage.num(3.0001));
        assertEquals("-0.41377", FailureMessage.num(-0.413771));
        assertEquals("1.2346e+06", FailureMessage.num(1234567));
        assertEquals("NaN", FailureMessage.num(Double.NaN));
    }
}
