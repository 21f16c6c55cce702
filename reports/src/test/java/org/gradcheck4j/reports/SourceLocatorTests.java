package org.gradcheck4j.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Hint;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.reports.source.SourceLine;
import org.gradcheck4j.reports.source.SourceLocator;
import org.gradcheck4j.reports.source.SourceSnippet;
import org.junit.jupiter.api.Test;

class SourceLocatorTests {

    private final SourceLocator locator = new SourceLocator(List.of(Fixtures.sourceRoot()));
    private final SourceLocator more = new SourceLocator(List.of(root("/fixture-src-more")));

    private static Path root(String resource) {
        try {
            return Path.of(SourceLocatorTests.class.getResource(resource).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GradCheckResult withHints(GradCheckResult c, List<Hint> hints) {
        return new GradCheckResult(c.layer(), c.label(), c.verdict(), c.relativeError(), c.tensors(), c.thresholds(),
                c.epsilon(), c.seed(), c.trainingSteps(), c.evaluations(), c.reexaminationEvaluations(), c.diagnosis(), c.cause(), c.notes(),
                c.epsilonSweep(), hints, c.mode());
    }

    @Test
    void highlightsExactlyTheLinesThatWriteTheFailingGradField() {
        SourceSnippet s = locator.locate(failing()).orElseThrow();
        assertEquals("com/example/layers/Dense.java", s.file());
        assertEquals("backward", s.method());
        assertEquals(List.of("dW"), s.gradFields());
        List<String> lit = highlighted(s);
        assertEquals(List.of("dW[i][j] = -dy[i] * x[j]; // planted: sign flipped"), lit);
        assertTrue(s.lines().get(0).text().contains("@Backward"), "the snippet starts at the annotation");
    }

    @Test
    void followsTheSuperclassOfANestedLayer() {
        GradCheckResult f = failing();
        GradCheckResult wide = withLayer(f, "com.example.layers.Dense$Wide", f.tensors());
        SourceSnippet s = locator.locate(wide).orElseThrow();
        assertEquals(List.of("dW[i][j] = -dy[i] * x[j]; // planted: sign flipped"), highlighted(s));
    }

    @Test
    void showsTheUnannotatedOverrideThatRunsAndFollowsLoopAliases() {
        GradCheckResult f = failing();
        SourceSnippet s = locator.locate(withLayer(f, "com.example.layers.Flipped", f.tensors())).orElseThrow();
        assertEquals("com/example/layers/Flipped.java", s.file());
        assertEquals(List.of("row[j] = -row[j];"), highlighted(s));
    }

    @Test
    void aFailingInputGradientHighlightsTheReturn() {
        GradCheckResult f = failing();
        TensorResult x = new TensorResult("input x", TensorResult.Kind.INPUT, List.of(4), 1, Verdict.FAIL,
                new double[4], new double[4], List.of(), 0, 4);
        SourceSnippet s = locator.locate(withLayer(f, f.layer(), List.of(f.tensors().get(1), x))).orElseThrow();
        assertEquals(List.of("return dx;"), highlighted(s));
    }

    @Test
    void isAbsentWithoutSources() {
        assertTrue(new SourceLocator(List.of(Path.of("does/not/exist"))).locate(failing()).isEmpty());
        GradCheckResult unknown = withLayer(failing(), "com.example.layers.Missing", List.of());
        assertTrue(locator.locate(unknown).isEmpty());
    }

    @Test
    void showsTheHelperThatBackwardCallsAndThePenaltyWhenTheL2GradientIsMissing() {
        GradCheckResult f = withHints(withLayer(failing(), "com.example.more.Regularised",
                List.of(new TensorResult("w", TensorResult.Kind.PARAMETER, List.of(2), 0.1, Verdict.FAIL,
                        new double[2], new double[2], List.of(), 0, 2))),
                List.of(new Hint("penalty-gradient-missing", "w", "the L2 gradient is missing")));
        List<SourceSnippet> all = more.locateAll(f);
        assertEquals(List.of("backward", "dataGradient", "penalty"), all.stream().map(SourceSnippet::method).toList());
        assertEquals(List.of("dw[0] = x[0];", "dw[1] = x[1]; // planted: the L2 term lambda * w is missing"),
                highlighted(all.get(1)), "the helper's writes to dw are highlighted");
        assertTrue(all.get(1).note().startsWith("called by backward()"), all.get(1).note());
        assertTrue(all.get(2).note().contains("L2"), all.get(2).note());
        assertEquals(List.of("backward", "dataGradient"), more.locateAll(withHints(f, List.of())).stream()
                .map(SourceSnippet::method).toList(), "without the hint, no penalty");
    }

    @Test
    void showsTheForwardPassWhenForwardThrewOrHung() {
        GradCheckResult f = withLayer(failing(), "com.example.more.Regularised", List.of());
        for (Verdict v : List.of(Verdict.ERROR, Verdict.TIMEOUT)) {
            GradCheckResult r = new GradCheckResult(f.layer(), "", v, Double.NaN, List.of(), f.thresholds(),
                    f.epsilon(), 1, 0, 1, 0, "", v == Verdict.ERROR ? java.util.Optional.of(new IllegalStateException("x"))
                    : java.util.Optional.empty(), List.of(), List.of(), List.of(), f.mode());
            List<SourceSnippet> all = more.locateAll(r);
            assertEquals(List.of("cost"), all.stream().map(SourceSnippet::method).toList(), v.name());
            assertTrue(all.get(0).note().startsWith("the forward pass"), all.get(0).note());
        }
    }

    @Test
    void theOverrideOfASubclassIsWhatLocateAllShows() {
        GradCheckResult f = failing();
        List<SourceSnippet> all = locator.locateAll(withLayer(f, "com.example.layers.Flipped", f.tensors()));
        assertEquals("com/example/layers/Flipped.java", all.get(0).file());
        assertEquals(List.of("row[j] = -row[j];"), highlighted(all.get(0)));
    }

    private static List<String> highlighted(SourceSnippet s) {
        return s.lines().stream().filter(SourceLine::highlighted).map(l -> l.text().strip()).toList();
    }

    private static GradCheckResult failing() {
        return Fixtures.failing("f", "run").result().orElseThrow();
    }

    private static GradCheckResult withLayer(GradCheckResult c, String layer, List<TensorResult> tensors) {
        return new GradCheckResult(layer, c.label(), c.verdict(), c.relativeError(), tensors, c.thresholds(),
                c.epsilon(), c.seed(), c.trainingSteps(), c.evaluations(), c.reexaminationEvaluations(), c.diagnosis(), c.cause(), c.notes(),
                c.epsilonSweep(), c.hints(), c.mode());
    }
}
