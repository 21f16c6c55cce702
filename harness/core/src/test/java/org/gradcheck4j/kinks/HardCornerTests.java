package org.gradcheck4j.kinks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.testlayers.FloatDense;
import org.junit.jupiter.api.Test;

/**
 * Correct layers in the hard corners of floating point never FAIL and get no hint, over
 * {@value #SEEDS} seeds each: saturated tanh units (|W x + b| up to about 20, in double and float),
 * weights of 1e-8 and of 1e6, log-sum-exp of logits near 500, and a least-squares cost near 1e8
 * (a constant 1e8 plus a term of order 1, and residuals of order 1e4).
 */
class HardCornerTests {

    static final int SEEDS = 30;

    private static void neverFails(String what, Function<Random, GradCheck> check) {
        List<String> broken = PrecisionCases.breaking(SEEDS, check,
                r -> r.verdict().isNumeric() && r.verdict() != Verdict.FAIL && r.hints().isEmpty());
        assertEquals(List.of(), broken, () -> what + ": " + broken.size() + " of " + SEEDS + " seeds FAILed");
    }

    private static GradCheck tanh(Random random, double scale, boolean linear) {
        int in = 1 + random.nextInt(5);
        int out = 1 + random.nextInt(5);
        double[][] w = PrecisionCases.matrix(out, in, scale, random);
        double[] b = PrecisionCases.vector(out, scale, 0, random);
        Object layer = linear ? new PrecisionLayers.LinearDense(w, b, 1) : new PrecisionLayers.TanhDense(w, b, 1);
        return GradCheck.of(layer).input(PrecisionCases.matrix(in, 1 + random.nextInt(4), 1, random));
    }

    @Test
    void saturatedUnitsInDoubleNeverFail() {
        neverFails("saturated tanh, double", r -> tanh(r, 10, false));
    }

    @Test
    void saturatedUnitsInFloatNeverFail() {
        neverFails("saturated tanh, float", r -> {
            int in = 1 + r.nextInt(5);
            return GradCheck.of(new PrecisionLayers.ScaledFloatDense(in, 1 + r.nextInt(5), r, 20, 1))
                    .input(FloatDense.input(in, 1 + r.nextInt(4), r));
        });
    }

    @Test
    void weightsOf1eMinus8NeverFail() {
        neverFails("weights 1e-8", r -> tanh(r, 1e-8, false));
    }

    @Test
    void weightsOf1e6NeverFail() {
        neverFails("weights 1e6, linear", r -> tanh(r, 1e6, true));
        neverFails("weights 1e6, tanh", r -> tanh(r, 1e6, false));
    }

    @Test
    void logSumExpOfLogitsNear500NeverFails() {
        neverFails("log-sum-exp near 500", r -> {
            int in = 1 + r.nextInt(4);
            int classes = 2 + r.nextInt(4);
            PrecisionLayers.LogSumExp layer = new PrecisionLayers.LogSumExp(PrecisionCases.matrix(classes, in, 0.5, r),
                    PrecisionCases.vector(classes, 1, 500, r), 1);
            return GradCheck.of(layer).input(PrecisionCases.matrix(in, 1 + r.nextInt(4), 1, r));
        });
    }

    @Test
    void costsNear1e8NeverFail() {
        neverFails("constant 1e8 plus order 1", r -> leastSquares(r, 1e8, 1));
        neverFails("residuals of order 1e4", r -> leastSquares(r, 0, 1e4));
    }

    private static GradCheck leastSquares(Random random, double offset, double targetScale) {
        int d = 1 + random.nextInt(4);
        int m = 2 + random.nextInt(5);
        PrecisionLayers.OffsetLeastSquares layer = new PrecisionLayers.OffsetLeastSquares(
                PrecisionCases.vector(d, 1, 0, random), offset, 1);
        return GradCheck.of(layer).input(PrecisionCases.matrix(m, d, 1, random),
                PrecisionCases.vector(m, targetScale, 0, random));
    }
}
