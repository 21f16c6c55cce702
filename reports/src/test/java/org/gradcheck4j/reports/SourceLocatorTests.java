package org.gradcheck4j.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gradcheck4j.reports.model.CheckRecord;
import org.gradcheck4j.reports.model.TensorRecord;
import org.gradcheck4j.reports.source.SourceLine;
import org.gradcheck4j.reports.source.SourceLocator;
import org.gradcheck4j.reports.source.SourceSnippet;
import org.junit.jupiter.api.Test;

class SourceLocatorTests {

    private final SourceLocator locator = new SourceLocator(List.of(Fixtures.sourceRoot()));

    @Test
    void highlightsExactlyTheLinesThatWriteTheFailingGradField() {
        SourceSnippet s = locator.locate(Fixtures.failing("f", "run")).orElseThrow();
        assertEquals("com/example/layers/Dense.java", s.file());
        assertEquals("backward", s.method());
        assertEquals(List.of("dW"), s.gradFields());
        List<String> lit = highlighted(s);
        assertEquals(List.of("dW[i][j] = -dy[i] * x[j]; // planted: sign flipped"), lit);
        assertTrue(s.lines().get(0).text().contains("@Backward"), "the snippet starts at the annotation");
    }

    @Test
    void followsTheSuperclassOfANestedLayer() {
        CheckRecord f = Fixtures.failing("f", "run");
        CheckRecord wide = withLayer(f, "com.example.layers.Dense$Wide", f.tensors());
        SourceSnippet s = locator.locate(wide).orElseThrow();
        assertEquals(List.of("dW[i][j] = -dy[i] * x[j]; // planted: sign flipped"), highlighted(s));
    }

    @Test
    void showsTheUnannotatedOverrideThatRunsAndFollowsLoopAliases() {
        CheckRecord f = Fixtures.failing("f", "run");
        SourceSnippet s = locator.locate(withLayer(f, "com.example.layers.Flipped", f.tensors())).orElseThrow();
        assertEquals("com/example/layers/Flipped.java", s.file());
        assertEquals(List.of("row[j] = -row[j];"), highlighted(s));
    }

    @Test
    void aFailingInputGradientHighlightsTheReturn() {
        CheckRecord f = Fixtures.failing("f", "run");
        TensorRecord x = TensorRecord.capped("input x", "INPUT", List.of(4), 1, "FAIL", new double[4], new double[4],
                List.of(), 0, 4);
        SourceSnippet s = locator.locate(withLayer(f, f.layer(), List.of(f.tensors().get(1), x))).orElseThrow();
        assertEquals(List.of("return dx;"), highlighted(s));
    }

    @Test
    void isAbsentWithoutSources() {
        assertTrue(new SourceLocator(List.of(Path.of("does/not/exist"))).locate(Fixtures.failing("f", "r")).isEmpty());
        CheckRecord unknown = withLayer(Fixtures.failing("f", "r"), "com.example.layers.Missing", List.of());
        assertTrue(locator.locate(unknown).isEmpty());
    }

    private static List<String> highlighted(SourceSnippet s) {
        return s.lines().stream().filter(SourceLine::highlighted).map(l -> l.text().strip()).toList();
    }

    private static CheckRecord withLayer(CheckRecord c, String layer, List<TensorRecord> tensors) {
        return new CheckRecord(c.schema(), c.id(), c.runId(), c.timestamp(), layer, c.label(), c.testId(),
                c.testName(), c.verdict(), c.relativeError(), c.thresholds(), c.epsilon(), c.seed(),
                c.trainingSteps(), c.evaluations(), c.diagnosis(), c.cause(), c.notes(), c.sweep(), tensors, c.hints(), c.mode());
    }
}
