package org.gradcheck4j.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.gradcheck4j.CheckMode;
import org.gradcheck4j.ComponentResult;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Hint;
import org.gradcheck4j.Note;
import org.gradcheck4j.SweepPoint;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.testlayers.DenseBugs;
import org.gradcheck4j.testlayers.Mat;
import org.junit.jupiter.api.Test;

/**
 * A check written as JSON reads back into the same records, field by field (the records hold
 * arrays and a Throwable, so {@code equals} cannot compare them yet); bad input is refused with a
 * message, never half-read.
 */
class ResultsJsonTests {

    static GradCheckResult handMade() {
        TensorResult w = new TensorResult("W", TensorResult.Kind.PARAMETER, List.of(2, 2), 0.9, Verdict.FAIL,
                new double[] {1, -0.0, 3e-300, Double.POSITIVE_INFINITY}, new double[] {-1, 2, 3, Double.NaN},
                List.of(new ComponentResult("W[0,0]", 0, 1, -1, 1, true)), 1, 3);
        TensorResult x = new TensorResult("input x", TensorResult.Kind.INPUT, List.of(2), 0, Verdict.PASS,
                new double[] {0.5, 0.5}, new double[] {0.5, 0.5}, List.of(), 0, 2);
        return new GradCheckResult("com.x.Layer$Inner", "seed=3 · after 5 steps <b>&", Verdict.FAIL, 0.8,
                List.of(w, x), new Thresholds(1e-6, 1e-4, 1e-2), 1e-6, -3, 5, 17, 6, "a diagnosis",
                Optional.of(new IllegalStateException("<boom>")),
                List.of(Note.about(Note.Kind.UNRESOLVED, List.of("W[1,1]", "b"), "a note")),
                List.of(new SweepPoint(1e-3, 0.8), new SweepPoint(1e-6, Double.NaN)),
                List.of(new Hint("sign-flipped", "W", "W[0,0] has the opposite sign")), CheckMode.DIRECTIONAL);
    }

    @Test
    void everyFieldOfAHandMadeResultSurvivesTheTrip() {
        GradCheckResult r = handMade();
        RecordedCheck c = RecordedCheck.of("id-1", "run-1", 99, "[engine:x]/[class:T]", "T › m", r);
        String json = ResultsJson.toJson(c);
        RecordedCheck back = ResultsJson.fromJson(json);

        assertEquals(List.of("id-1", "run-1", 99L, "[engine:x]/[class:T]", "T › m", "com.x.Layer$Inner", ""),
                List.of(back.id(), back.runId(), back.timestamp(), back.testId(), back.testName(), back.layer(),
                        back.configurationError()));
        GradCheckResult b = back.result().orElseThrow();
        assertEquals(List.of(r.layer(), r.label(), r.verdict(), r.relativeError(), r.thresholds(), r.epsilon(),
                r.seed(), r.trainingSteps(), r.evaluations(), r.reexaminationEvaluations(), r.diagnosis(), r.notes(),
                r.epsilonSweep(), r.hints(), r.mode()), List.of(b.layer(), b.label(), b.verdict(), b.relativeError(),
                b.thresholds(), b.epsilon(), b.seed(), b.trainingSteps(), b.evaluations(), b.reexaminationEvaluations(),
                b.diagnosis(), b.notes(), b.epsilonSweep(), b.hints(), b.mode()));
        assertEquals(6, b.reexaminationEvaluations());
        assertTrue(json.contains("\"evaluations\":17,\"reexaminationEvaluations\":6,"), json);
        for (int i = 0; i < r.tensors().size(); i++) {
            TensorResult t = r.tensors().get(i);
            TensorResult u = b.tensors().get(i);
            assertEquals(List.of(t.name(), t.kind(), t.shape(), t.relativeError(), t.verdict(), t.worst(), t.kinks(),
                    t.checked()), List.of(u.name(), u.kind(), u.shape(), u.relativeError(), u.verdict(), u.worst(),
                    u.kinks(), u.checked()));
            assertArrayEquals(t.analytic(), u.analytic());
            assertArrayEquals(t.numeric(), u.numeric());
        }
        RecordedException cause = (RecordedException) b.cause().orElseThrow();
        assertEquals("java.lang.IllegalStateException", cause.type());
        assertEquals("<boom>", cause.getMessage());
        assertEquals("java.lang.IllegalStateException: <boom>", cause.toString());
        assertTrue(cause.trace().startsWith("java.lang.IllegalStateException: <boom>\n\tat "), cause.trace());
        assertEquals(r, b, "the record read back equals the original (its cause by class name and message)");
        assertEquals(c, back);
        assertEquals(json, ResultsJson.toJson(back), "written again, it is the same file");
        assertFalse(json.contains("<"), "HTML-safe: " + json);
        assertTrue(json.contains("\"schema\":" + ResultsJson.SCHEMA));
    }

    @Test
    void aConfigurationErrorIsACheckWithItsMessage() {
        RecordedCheck c = RecordedCheck.ofConfigurationError("e-1", "run", 5, "", "", "com.x.NoGrad",
                "com.x.NoGrad cannot be gradient-checked: @Grad dW: names no @Param. Fix: …");
        RecordedCheck back = ResultsJson.fromJson(ResultsJson.toJson(c));
        assertEquals(c, back, "no arrays, no throwable: plain record equality holds");
        assertTrue(back.isConfigurationError());
        assertThrows(IllegalArgumentException.class, () -> new RecordedCheck("a", "r", 1, "", "", "L",
                Optional.empty(), ""), "neither a result nor an error");
    }

    @Test
    void aRealFailingCheckKeepsItsVerdictsAndValues() {
        Random r = new Random(1);
        GradCheckResult result = GradCheck.of(new DenseBugs.SignFlippedWeightGradient(4, 3, r))
                .input(Mat.random(4, 5, r, 1)).run();
        GradCheckResult back = ResultsJson.fromJson(ResultsJson.toJson(RecordedCheck.of("real", "run", 1, "", "",
                result))).result().orElseThrow();
        assertEquals(Verdict.FAIL, back.verdict());
        assertEquals(result.tensors().stream().map(TensorResult::verdict).toList(),
                back.tensors().stream().map(TensorResult::verdict).toList());
        assertArrayEquals(result.tensor("W").orElseThrow().analytic(), back.tensor("W").orElseThrow().analytic());
        assertEquals(result.message(), back.message(), "the same failure message from the read-back record");
    }

    @Test
    void longStackTracesAreCut() {
        Throwable deep = new RuntimeException("deep");
        StackTraceElement e = new StackTraceElement("a.B", "m", "B.java", 1);
        StackTraceElement[] frames = new StackTraceElement[100];
        java.util.Arrays.fill(frames, e);
        deep.setStackTrace(frames);
        String trace = ResultsWriter.trace(deep);
        assertEquals(ResultsJson.MAX_TRACE_LINES + 1, trace.lines().count());
        assertTrue(trace.endsWith("… 61 more lines"), trace);
    }

    @Test
    void gradientsOfLargeTensorsAreStoredUpToTheCap() {
        int n = ResultsJson.MAX_STORED_COMPONENTS + 5;
        TensorResult big = new TensorResult("W", TensorResult.Kind.PARAMETER, List.of(n), 0, Verdict.PASS,
                new double[n], new double[n], List.of(), 0, n);
        GradCheckResult r = handMade();
        GradCheckResult withBig = new GradCheckResult(r.layer(), r.label(), r.verdict(), r.relativeError(),
                List.of(big), r.thresholds(), r.epsilon(), r.seed(), r.trainingSteps(), r.evaluations(),
                r.reexaminationEvaluations(), r.diagnosis(), Optional.empty(), r.notes(), r.epsilonSweep(), r.hints(), r.mode());
        TensorResult back = ResultsJson.fromJson(ResultsJson.toJson(RecordedCheck.of("big", "run", 1, "", "",
                withBig))).result().orElseThrow().tensors().get(0);
        assertEquals(ResultsJson.MAX_STORED_COMPONENTS, back.size());
        assertEquals(List.of(n), back.shape(), "the shape still gives the true size");
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        String good = ResultsJson.toJson(RecordedCheck.of("id", "run", 1, "", "", handMade()));
        for (String bad : List.of("", "[]", "{}", "not json", good.replace("\"schema\":3", "\"schema\":2"),
                good.replace("\"reexaminationEvaluations\":6,", ""),
                good.replace("\"reexaminationEvaluations\":6,", "\"reexaminationEvaluations\":18,"),
                good.replace("\"verdict\":\"FAIL\"", "\"verdict\":\"MAYBE\""),
                good.replace("\"epsilon\":1.0E-6", "\"epsilon\":\"small\""),
                good.replace("\"seed\":-3,", ""))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResultsJson.fromJson(bad),
                    bad);
            assertTrue(e.getMessage().startsWith("not a gradcheck4j result") || e.getMessage().startsWith("unsupported"),
                    e.getMessage());
        }
    }
}
