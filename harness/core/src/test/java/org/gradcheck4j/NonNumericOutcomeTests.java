package org.gradcheck4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.Param;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** A misbehaving layer gets a specific non-numeric verdict, never a PASS and never a crash. */
class NonNumericOutcomeTests {

    /** J = Σ w², dJ/dw = 2w; subclasses misbehave. */
    static class Square {
        @Param double[] w = {0.5, -1.5, 2.0};
        @Grad("w") double[] dw = new double[3];

        @Forward
        public double cost() {
            double j = 0;
            for (double v : w) {
                j += v * v;
            }
            return j;
        }

        @Backward
        public void backward() {
            for (int i = 0; i < w.length; i++) {
                dw[i] = 2 * w[i];
            }
        }
    }

    static class ThrowingForward extends Square {
        @Override
        public double cost() {
            throw new IllegalStateException("shapes do not line up");
        }
    }

    static class NaNCost extends Square {
        @Override
        public double cost() {
            return Math.log(-w[0]);
        }
    }

    static class NaNAtPerturbation extends Square {
        @Override
        public double cost() {
            return w[2] > 2.0 ? Double.NaN : super.cost();
        }
    }

    static class NaNGradient extends Square {
        @Override
        public void backward() {
            super.backward();
            dw[1] = Double.POSITIVE_INFINITY;
        }
    }

    static class Unseeded extends Square {
        private final Random random = new Random();

        @Override
        public double cost() {
            return super.cost() + random.nextDouble();
        }
    }

    static class WeightDecayInForward extends Square {
        @Override
        public double cost() {
            w[0] *= 0.999;
            return super.cost();
        }
    }

    /** Returns the right J, but its second call shrinks a weight afterwards. */
    static class ShrinksOnSecondCall extends Square {
        private int calls;

        @Override
        public double cost() {
            double j = super.cost();
            if (++calls == 2) {
                w[1] *= 0.5;
            }
            return j;
        }
    }

    /** Works on a fresh copy of its weights at every call. */
    static class CopiesWeightsInForward extends Square {
        @Override
        public double cost() {
            w = w.clone();
            return super.cost();
        }
    }

    /** Takes a training step in backward, assigning a new weight array. */
    static class ReassignsWeightsInBackward extends Square {
        @Override
        public void backward() {
            super.backward();
            double[] next = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                next[i] = w[i] - 0.1 * dw[i];
            }
            w = next;
        }
    }

    static class Accumulating extends Square {
        @Override
        public void backward() {
            for (int i = 0; i < w.length; i++) {
                dw[i] += 2 * w[i];
            }
        }
    }

    static class UpdateInBackward extends Square {
        @Override
        public void backward() {
            super.backward();
            w[1] -= 0.1 * dw[1];
        }
    }

    static class CallCounter extends Square {
        private int calls;

        @Override
        public double cost() {
            calls++;
            return super.cost() + (calls > 3 ? 1e-3 : 0);
        }
    }

    @Test
    void aLayerThatThrowsIsAnErrorWithItsCause() {
        GradCheckResult r = GradCheck.of(new ThrowingForward()).run();
        assertEquals(Verdict.ERROR, r.verdict());
        assertThat(r.cause()).containsInstanceOf(IllegalStateException.class);
        assertThat(r.diagnosis()).contains("ThrowingForward.cost()", "shapes do not line up");
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> GradCheck.of(new ThrowingForward())
                .assertCorrect());
        assertThat(e).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(e.getMessage()).contains("ERROR", ThrowingForward.class.getName());
    }

    @Test
    void aNaNCostIsNotFinite() {
        GradCheckResult r = GradCheck.of(new NaNCost()).run();
        assertEquals(Verdict.NOT_FINITE, r.verdict());
        assertThat(r.diagnosis()).contains("J is NaN at the parameters the check starts from");
    }

    @Test
    void aNaNUnderPerturbationNamesTheComponent() {
        GradCheckResult r = GradCheck.of(new NaNAtPerturbation()).run();
        assertEquals(Verdict.NOT_FINITE, r.verdict());
        assertThat(r.diagnosis()).contains("J is NaN when w[2] is perturbed by +");
    }

    @Test
    void anInfiniteGradientNamesTheComponent() {
        GradCheckResult r = GradCheck.of(new NaNGradient()).run();
        assertEquals(Verdict.NOT_FINITE, r.verdict());
        assertThat(r.diagnosis()).contains("dJ/dw[1] is Infinity");
    }

    @Test
    void unseededRandomnessIsNonDeterministic() {
        GradCheckResult r = GradCheck.of(new Unseeded()).run();
        assertEquals(Verdict.NON_DETERMINISTIC, r.verdict());
        assertThat(r.diagnosis()).contains("J differs between two evaluations at the same θ", "@RandomSource",
                "@KeepProb", "running statistics");
        assertFalse(r.passes(false));
    }

    @Test
    void stateThatDriftsDuringTheCheckIsNonDeterministic() {
        GradCheckResult r = GradCheck.of(new CallCounter()).run();
        assertEquals(Verdict.NON_DETERMINISTIC, r.verdict());
        assertThat(r.diagnosis()).contains("changed during the check");
    }

    @Test
    void aForwardThatChangesTheParametersIsReportedAndUndone() {
        WeightDecayInForward layer = new WeightDecayInForward();
        GradCheckResult r = GradCheck.of(layer).run();
        assertEquals(Verdict.STATE_CHANGED, r.verdict());
        assertThat(r.diagnosis()).contains("@Forward changed w[0] from 0.5 to 0.4995");
        assertEquals(0.5, layer.w[0]);
    }

    @Test
    void aForwardThatChangesTheParametersOnItsSecondCallIsBlamedOnForward() {
        ShrinksOnSecondCall layer = new ShrinksOnSecondCall();
        GradCheckResult r = GradCheck.of(layer).run();
        assertEquals(Verdict.STATE_CHANGED, r.verdict());
        assertThat(r.diagnosis()).contains("@Forward changed w[1] from -1.5 to -0.75");
        assertEquals(-1.5, layer.w[1]);
    }

    @Test
    void aForwardThatReplacesItsParameterArrayIsReported() {
        GradCheckResult r = GradCheck.of(new CopiesWeightsInForward()).run();
        assertEquals(Verdict.STATE_CHANGED, r.verdict());
        assertThat(r.diagnosis()).contains("@Forward replaced the @Param tensor w with another object",
                "Update w in place");
    }

    @Test
    void aBackwardThatAssignsNewWeightsIsReportedAsSuch() {
        GradCheckResult r = GradCheck.of(new ReassignsWeightsInBackward()).run();
        assertEquals(Verdict.STATE_CHANGED, r.verdict());
        assertThat(r.diagnosis()).contains("@Backward replaced the @Param tensor w", "out of @Backward");
    }

    @Test
    void aBackwardThatAccumulatesIsReported() {
        GradCheckResult r = GradCheck.of(new Accumulating()).run();
        assertEquals(Verdict.STATE_CHANGED, r.verdict());
        assertThat(r.diagnosis()).contains("@Backward accumulates", "@Grad field dw", "instead of adding");
    }

    @Test
    void aBackwardThatUpdatesTheWeightsIsReported() {
        GradCheckResult r = GradCheck.of(new UpdateInBackward()).run();
        assertEquals(Verdict.STATE_CHANGED, r.verdict());
        assertThat(r.diagnosis()).contains("@Backward changed w[1]");
    }

    @Test
    void noNonNumericVerdictPassesEvenWhenNotStrict() {
        for (Verdict v : Verdict.values()) {
            assertEquals(v == Verdict.PASS || v == Verdict.MARGINAL || v == Verdict.WARN, v.passes(false), v.name());
            assertEquals(v == Verdict.PASS || v == Verdict.MARGINAL, v.passes(true), v.name());
        }
    }
}
