package org.gradcheck4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.KeepProb;
import org.gradcheck4j.annotation.Param;
import org.junit.jupiter.api.Test;

/** A layer that hangs, allocates absurdly or overflows the stack is contained to its own check. */
class HostileLayerTests {

    static class Hanging {
        @Param double[] w = {1};
        @Grad("w") double[] dw = {0};
        @KeepProb double keepProb = 0.5;

        @Forward
        public double cost() throws InterruptedException {
            Thread.sleep(Long.MAX_VALUE);
            return w[0];
        }

        @Backward
        public void backward() {
            dw[0] = 1;
        }
    }

    static class Greedy {
        @Param double[] w = {1};
        @Grad("w") double[] dw = {0};

        @Forward
        public double cost() {
            double[] huge = new double[Integer.MAX_VALUE];
            return w[0] + huge.length;
        }

        @Backward
        public void backward() {
            dw[0] = 1;
        }
    }

    static class Recursive {
        @Param double[] w = {1};
        @Grad("w") double[] dw = {0};

        @Forward
        public double cost() {
            return depth(0) + w[0];
        }

        private double depth(int n) {
            return depth(n + 1) + 1;
        }

        @Backward
        public void backward() {
            dw[0] = 1;
        }
    }

    @Test
    void aForwardThatNeverReturnsTimesOut() {
        Hanging layer = new Hanging();
        GradCheckResult r = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> GradCheck.of(layer).timeout(Duration.ofMillis(200)).run());
        assertEquals(Verdict.TIMEOUT, r.verdict());
        assertThat(r.diagnosis()).contains("did not finish within 200 ms", "GradCheck.timeout");
        assertEquals(0.5, layer.keepProb);
        assertTrue(r.layerRestored());
    }

    @Test
    void anAbsurdAllocationIsAnError() {
        GradCheckResult r = GradCheck.of(new Greedy()).run();
        assertEquals(Verdict.ERROR, r.verdict());
        assertThat(r.cause()).containsInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void aStackOverflowIsAnError() {
        GradCheckResult r = GradCheck.of(new Recursive()).run();
        assertEquals(Verdict.ERROR, r.verdict());
        assertThat(r.cause()).containsInstanceOf(StackOverflowError.class);
    }
}
