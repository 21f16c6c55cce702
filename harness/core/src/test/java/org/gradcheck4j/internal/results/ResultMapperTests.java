package org.gradcheck4j.internal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.gradcheck4j.reports.json.ResultJson;
import org.gradcheck4j.reports.model.CheckRecord;
import org.gradcheck4j.reports.model.TensorRecord;
import org.gradcheck4j.testlayers.DenseBugs;
import org.gradcheck4j.testlayers.Mat;
import org.junit.jupiter.api.Test;

class ResultMapperTests {

    @Test
    void mapsEveryFieldOfAHandMadeResult() {
        TensorResult w = new TensorResult("W", TensorResult.Kind.PARAMETER, List.of(2, 2), 0.9, Verdict.FAIL,
                new double[] {1, 2, 3, 4}, new double[] {-1, 2, 3, Double.NaN},
                List.of(new ComponentResult("W[0,0]", 0, 1, -1, 1, false)), 1, 3);
        TensorResult x = new TensorResult("input x", TensorResult.Kind.INPUT, List.of(2), 0, Verdict.PASS,
                new double[] {0.5, 0.5}, new double[] {0.5, 0.5}, List.of(), 0, 2);
        GradCheckResult r = GradCheckResult.builder("com.x.Layer", Verdict.FAIL).label("seed=3 · after 5 steps")
                .relativeError(0.8).tensors(List.of(w, x)).thresholds(new Thresholds(1e-6, 1e-4, 1e-2))
                .epsilon(1e-6).seed(3).trainingSteps(5).evaluations(17)
                .cause(Optional.of(new IllegalStateException("<boom>")))
                .notes(List.of(Note.of(Note.Kind.KINK, "a note")))
                .epsilonSweep(List.of(new SweepPoint(1e-3, 0.8), new SweepPoint(1e-6, 0.8)))
                .hints(List.of(new Hint("sign-flipped", "W", "W[0,0] has the opposite sign")))
                .mode(CheckMode.DIRECTIONAL).build();
        CheckRecord c = ResultMapper.map(r, "id-1", "run-1", 99, new TestRef("[engine:x]/[class:T]", "T › m"));

        assertEquals("id-1", c.id());
        assertEquals("run-1", c.runId());
        assertEquals(99, c.timestamp());
        assertEquals("com.x.Layer", c.layer());
        assertEquals("seed=3 · after 5 steps", c.label());
        assertEquals("[engine:x]/[class:T]", c.testId());
        assertEquals("T › m", c.testName());
        assertEquals("FAIL", c.verdict());
        assertEquals(0.8, c.relativeError());
        assertEquals(1e-2, c.thresholds().fail());
        assertEquals(1e-6, c.epsilon());
        assertEquals(3, c.seed());
        assertEquals(5, c.trainingSteps());
        assertEquals(17, c.evaluations());
        assertTrue(c.cause().startsWith("java.lang.IllegalStateException: <boom>\n\tat "), c.cause());
        assertEquals(List.of("a note"), c.notes());
        assertEquals(2, c.sweep().size());
        assertEquals("DIRECTIONAL", c.mode());
        assertEquals("sign-flipped", c.hints().get(0).rule());
        TensorRecord t = c.tensors().get(0);
        assertEquals("W", t.name());
        assertEquals("PARAMETER", t.kind());
        assertEquals(List.of(2, 2), t.shape());
        assertEquals(List.of(-1.0, 2.0, 3.0, Double.NaN), t.numeric());
        assertEquals(3, t.checked());
        assertTrue(t.partial());
        assertEquals("W[0,0]", t.worst().get(0).name());
        assertEquals("INPUT", c.tensors().get(1).kind());
        assertEquals(c, ResultJson.fromJson(ResultJson.toJson(c)), "and it survives the trip to disk");
    }

    @Test
    void mapsARealFailingCheckWithTheBugInW() {
        Random r = new Random(1);
        GradCheckResult result = GradCheck.of(new DenseBugs.SignFlippedWeightGradient(4, 3, r))
                .input(Mat.random(4, 5, r, 1)).run();
        CheckRecord c = ResultMapper.map(result, "real", "run", 1, TestRef.NONE);
        assertEquals("FAIL", c.verdict());
        TensorRecord w = c.tensors().stream().filter(t -> t.name().equals("W")).findFirst().orElseThrow();
        assertEquals("FAIL", w.verdict());
        assertEquals(12, w.size());
        assertEquals(12, w.analytic().size());
        assertTrue(c.tensors().stream().filter(t -> !t.name().equals("W")).allMatch(t -> t.verdict().equals("PASS")),
                "only W is wrong");
        assertEquals("", c.testId());
    }

    @Test
    void longStackTracesAreCut() {
        Throwable deep = new RuntimeException("deep");
        StackTraceElement e = new StackTraceElement("a.B", "m", "B.java", 1);
        StackTraceElement[] frames = new StackTraceElement[100];
        java.util.Arrays.fill(frames, e);
        deep.setStackTrace(frames);
        String trace = ResultMapper.trace(deep);
        assertEquals(ResultMapper.MAX_TRACE_LINES + 1, trace.lines().count());
        assertTrue(trace.endsWith("… 61 more lines"), trace);
    }
}
