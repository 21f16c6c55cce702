package org.gradcheck4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.gradcheck4j.testlayers.FloatDense;
import org.gradcheck4j.testlayers.Misbehaving;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of misbehaving layer gets a specific result that does not pass, in every mode, and
 * {@code run()} never throws for it. The malformed gradients are ERROR results, not configuration
 * errors: their shape is known only after backward ran.
 */
class MisbehavingLayerTests {

    private record Case(String name, Supplier<Object> layer, Verdict verdict, List<String> diagnosis, int steps) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case of(String name, Supplier<Object> layer, Verdict verdict, String... diagnosis) {
        return new Case(name, layer, verdict, List.of(diagnosis), 0);
    }

    static Stream<Case> cases() {
        return Stream.of(
                of("ragged dJ/dx", Misbehaving.RaggedInputGradient::new, Verdict.ERROR,
                        "@Backward method backward", "dJ/dx", "ragged", "row lengths [3, 1]", "x has shape [2, 3]"),
                of("transposed dJ/dx", Misbehaving.TransposedInputGradient::new, Verdict.ERROR,
                        "@Backward method backward", "has shape [3, 2]", "x has shape [2, 3]"),
                of("flattened dJ/dx", Misbehaving.FlatInputGradient::new, Verdict.ERROR,
                        "@Backward method backward", "has shape [3]", "[2, 3]"),
                of("dJ/dx of another type", Misbehaving.StringInputGradient::new, Verdict.ERROR,
                        "@Backward method backward", "java.lang.String", "double[][]"),
                of("null dJ/dx", Misbehaving.NullInputGradient::new, Verdict.ERROR,
                        "@Backward method backward", "returned null instead of dJ/dx"),
                of("dJ/dx with a null row", Misbehaving.NullRowInputGradient::new, Verdict.ERROR,
                        "@Backward method backward", "row 0 is null"),
                of("ragged @Grad field", Misbehaving.RaggedGradField::new, Verdict.ERROR,
                        "@Grad field dW", "ragged", "row lengths [2, 1]", "W has shape [2, 2]"),
                of("reshaped @Grad field", Misbehaving.ReshapedGradField::new, Verdict.ERROR,
                        "@Grad field dW", "has shape [1, 4]", "W has shape [2, 2]"),
                of("null @Grad field", Misbehaving.NullGradField::new, Verdict.ERROR,
                        "@Grad field dW", "is null after @Backward ran"),
                of("ragged output", Misbehaving.RaggedOutput::new, Verdict.ERROR,
                        "@Forward method forward", "ragged", "row lengths [3, 1]"),
                of("output of another type", Misbehaving.StringOutput::new, Verdict.ERROR,
                        "@Forward method forward", "java.lang.String", "a tensor type nobody understands"),
                of("null output", Misbehaving.NullOutput::new, Verdict.ERROR, "forward()", "returned null"),
                of("output that changes size", Misbehaving.ShrinkingOutput::new, Verdict.NOT_FINITE,
                        "changed size from 6 to 4"),
                of("throwing penalty", Misbehaving.ThrowingPenalty::new, Verdict.ERROR, "penalty()",
                        "ArithmeticException"),
                of("throwing backward", Misbehaving.ThrowingBackward::new, Verdict.ERROR, "backward()",
                        "IOException"),
                of("NaN in dJ/dx", Misbehaving.NaNInputGradient::new, Verdict.NOT_FINITE, "x[1,2]"),
                of("infinite output", Misbehaving.InfiniteOutput::new, Verdict.NOT_FINITE, "J is "),
                of("forward that changes W", Misbehaving.MutatingForward::new, Verdict.STATE_CHANGED, "W[0,0]"),
                of("drifting J", Misbehaving.Drifting::new, Verdict.NON_DETERMINISTIC,
                        "J differs between two evaluations"),
                of("accumulating backward", Misbehaving.Accumulating::new, Verdict.STATE_CHANGED,
                        "@Backward accumulates"),
                of("stack overflow in forward", Misbehaving.OverflowingForward::new, Verdict.ERROR,
                        "StackOverflowError"),
                new Case("stale cache", Misbehaving.StaleCache::new, Verdict.FAIL, List.of(), 3),
                of("missing penalty gradient", Misbehaving.MissingPenaltyGradient::new, Verdict.FAIL));
    }

    private static GradCheckResult run(Case c, CheckMode mode) {
        return assertDoesNotThrow(() -> GradCheck.of(c.layer().get()).input(Misbehaving.input()).mode(mode)
                .train(c.steps()).run(),
                c.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void getsItsOwnVerdictAndNeverThrows(Case c) {
        GradCheckResult r = run(c, CheckMode.EXHAUSTIVE);
        assertEquals(c.verdict(), r.verdict(), () -> c.name() + ": " + r.message());
        assertFalse(r.passes(false));
        if (!c.verdict().isNumeric()) {
            assertThat(r.diagnosis()).isNotBlank().contains(c.diagnosis());
        }
        assertThat(r.message()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void neverPassesNorThrowsInTheDirectionalAndSampledModes(Case c) {
        for (CheckMode mode : List.of(CheckMode.DIRECTIONAL, CheckMode.SAMPLED)) {
            GradCheckResult r = run(c, mode);
            assertFalse(r.passes(false), () -> c.name() + " in " + mode + ": " + r.message());
            if (!c.verdict().isNumeric()) {
                assertEquals(c.verdict(), r.verdict(), () -> c.name() + " in " + mode + ": " + r.message());
            }
        }
    }

    @Test
    void theCorrectLayerTheyDeriveFromPasses() {
        GradCheckResult r = GradCheck.of(new Misbehaving.Linear()).input(Misbehaving.input()).run();
        assertEquals(Verdict.PASS, r.verdict(), r::message);
    }

    @Test
    void aWrongFloatLayerFailsWithoutThrowing() {
        Random random = new Random(3);
        GradCheckResult r = assertDoesNotThrow(() -> GradCheck.of(new FloatDense.WithoutActivationDerivative(3, 2,
                random)).input(FloatDense.input(3, 4, random)).run());
        assertEquals(Verdict.FAIL, r.verdict());
    }
}
