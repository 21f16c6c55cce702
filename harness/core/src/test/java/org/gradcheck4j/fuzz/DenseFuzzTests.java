package org.gradcheck4j.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.generate.Case;
import org.gradcheck4j.junit.fixtures.DenseLayer;

/**
 * Coverage-guided fuzzing of the check itself: a correct dense layer, with dimensions, weight
 * schemes and scales, input distributions and magnitudes chosen by Jazzer, must never be judged
 * wrong. In an ordinary run Jazzer replays the inputs under
 * {@code src/test/resources/org/gradcheck4j/fuzz/DenseFuzzTestsInputs/correctDenseLayerPasses};
 * with {@code JAZZER_FUZZ=1} it searches for new ones.
 */
class DenseFuzzTests {

    @FuzzTest(maxDuration = "2m")
    void correctDenseLayerPasses(byte[] data) {
        Case c = Case.fromBytes(data);
        int in = c.dimension("in", 6);
        int width = c.dimension("width", 6);
        int batch = c.batch(8);
        DenseLayer layer = new DenseLayer(c.weights("W", width, in), new double[width], DenseLayer.Bug.NONE, 1.0);
        double[][] x = c.input("x", batch, in);
        long seed = c.draw("seed", choices -> choices.seed());

        GradCheckResult result = GradCheck.of(layer).input(x).seed(seed).run();

        assertTrue(result.passes(false), () -> "a correct layer was judged " + result.verdict() + " for " + c
                + "\n" + result.message());
    }
}
