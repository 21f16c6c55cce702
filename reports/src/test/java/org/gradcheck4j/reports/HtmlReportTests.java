package org.gradcheck4j.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradcheck4j.CheckMode;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.reports.coverage.Coverage;
import org.gradcheck4j.reports.html.HtmlReport;
import org.gradcheck4j.reports.html.ReportContent;
import org.gradcheck4j.results.RecordedCheck;
import org.gradcheck4j.results.RecordedException;
import org.junit.jupiter.api.Test;

/** The page's content: escaping, heat maps, sweep reading, group rows and detail sections. */
class HtmlReportTests {

    static String render(List<RecordedCheck> checks) {
        return HtmlReport.render(new ReportContent("gradcheck4j report", Instant.EPOCH, checks, Coverage.unknown(),
                Map.of(), List.of()));
    }

    @Test
    void userStringsAreEscapedEverywhere() {
        GradCheckResult evil = new GradCheckResult("com.x.<script>alert('layer')</script>", "<b>label</b>",
                Verdict.ERROR, Double.NaN, List.of(), Thresholds.DEFAULT, 1e-7, 1, 0, 1, 0,
                "forward threw <script>alert('diag')</script>", Optional.of(new RecordedException(
                "java.lang.IllegalStateException", "<script>alert('boom')</script>",
                "java.lang.IllegalStateException: <script>alert('boom')</script>\n\tat com.x.L.forward(L.java:3)")),
                List.of(org.gradcheck4j.Note.of(org.gradcheck4j.Note.Kind.MODE, "<i>note</i>")), List.of(), List.of(),
                CheckMode.EXHAUSTIVE);
        String html = render(List.of(RecordedCheck.of("evil", "run", 1, "[engine:junit-jupiter]/[class:com.x.T]",
                "<img src=x onerror=alert(1)>", evil), Fixtures.passing("p", "run")));
        assertFalse(html.contains("<script>alert"), "a <script> from user code must not reach the page as markup");
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<b>label"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;boom&#39;)&lt;/script&gt;"), "the message shows as text");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;layer&#39;)&lt;/script&gt;"), "the class name shows as text");
        assertEquals(2, count(html, "<script"), "only the page's own two script elements");
    }

    @Test
    void sourceLinesAreEscaped() {
        RecordedCheck f = Fixtures.failing("f", "run");
        var snippet = new org.gradcheck4j.reports.source.SourceSnippet("a/B.java", "backward", List.of("dW"),
                List.of(new org.gradcheck4j.reports.source.SourceLine(7, "dW[0][0] = 1; // <script>alert(2)</script>", true)), "");
        String html = HtmlReport.render(new ReportContent("r", Instant.EPOCH, List.of(f), Coverage.unknown(),
                Map.of("f", List.of(snippet)), List.of("bad<file>.json: broken")));
        assertTrue(html.contains("// &lt;script&gt;alert(2)&lt;/script&gt;"), "source lines show as text");
        assertTrue(html.contains("bad&lt;file&gt;.json"), "so do names of unreadable files");
        assertFalse(html.contains("<script>alert"));
    }

    @Test
    void invocationsOfOneTestFormOneGroupRowWithCountsAndItsWorstCase() {
        String html = render(List.of(Fixtures.passing("p", "run"), Fixtures.failing("f", "run"),
                Fixtures.check("p2", "run", 3, "#3", Fixtures.passing("x", "r").result().orElseThrow())));
        assertEquals(1, count(html, "<tr class=\"group "), "one group: Dense in DenseTests › dense(Random)");
        String row = between(html, "<tr class=\"group ", "</tr>");
        assertTrue(row.contains("<td class=\"test\">DenseTests › dense(Random)</td>"), row);
        assertTrue(row.contains("<td class=\"num pass\">2</td>") && row.contains("<td class=\"num fail\">1</td>"), row);
        assertTrue(row.contains("data-detail=\"1\">seed&#x3D;7 · after 20 steps</a>"), "the worst case opens its details: " + row);
        assertTrue(row.contains("row 1 of W has the opposite sign"), "and says why: " + row);
        assertTrue(html.contains("<span class=\"badge fail\">FAIL 1</span>"), "counts per verdict");
        assertTrue(html.contains("<span class=\"badge pass\">PASS 2</span>"));
        assertEquals(1, count(html, "<template id=\"check-"), "a detail section only for the check that did not pass");
        assertTrue(html.contains("\"groups\":[[[1,\"FAIL\",\"fail\",\"seed\\u003d7 · after 20 steps\""),
                "every check of the group is in the embedded data, worst first: " + between(html, "\"groups\"", "]]]"));
    }

    @Test
    void detailsShowHeatMapsTheSweepReadingAndHowToRerun() {
        String html = render(List.of(Fixtures.passing("p", "run"), Fixtures.failing("f", "run")));
        String detail = between(html, "<template id=\"check-1\">", "</template>");
        assertEquals(12, count(detail, "<rect x="), "one rect per component of W, the failing tensor (b passed)");
        assertTrue(detail.contains("W[1,2]: analytic"), "cells carry their component in a <title>");
        assertEquals(4, count(detail, "fill=\"#e53935\""), "exactly the four components of the wrong row are red");
        assertTrue(detail.contains("flat: a real bug"), "a flat sweep reads as a bug");
        assertTrue(detail.contains("<polyline class=\"curve\""));
        assertTrue(detail.contains("mvn -Dtest&#x3D;&#39;DenseTests#dense&#39;"), "a command to rerun the test");
    }

    @Test
    void aVShapedSweepReadsAsStepTrouble() {
        GradCheckResult f = Fixtures.failingResult("marginal");
        GradCheckResult v = Fixtures.result("marginal", Verdict.MARGINAL, 3e-6, 3, 0, f.tensors(), List.of(),
                Fixtures.vSweep(), List.of());
        String html = render(List.of(Fixtures.check("v", "run", 3, "#1", v)));
        assertTrue(html.contains("V shape: correct gradient, looks like step trouble"), html);
        assertFalse(html.contains("flat: a real bug"));
    }

    @Test
    void largeMatricesArePooledIntoBlocksThatKeepASingleWrongElementVisible() {
        int rows = 200;
        int cols = 60;
        double[] a = new double[rows * cols];
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.cos(i);
        }
        double[] n = a.clone();
        n[150 * cols + 7] += 3;
        TensorResult t = new TensorResult("W", TensorResult.Kind.PARAMETER, List.of(rows, cols), 0.01, Verdict.FAIL,
                a, n, List.of(), 0, rows * cols);
        String html = render(List.of(Fixtures.check("big", "run", 1, "#1",
                Fixtures.result("", Verdict.FAIL, 0.01, 1, 0, List.of(t), List.of(), List.of(), List.of()))));
        int cells = count(html, "<rect x=");
        assertTrue(cells <= 48 * 48, "pooled to at most 48 × 48 blocks, got " + cells);
        assertEquals(1, count(html, "fill=\"#e53935\""), "the one wrong element stays visible as one red block");
        assertTrue(html.contains("W[150,7]: analytic"), "the block's title names the worst component");
        assertTrue(html.contains("each cell is a block of"));
    }

    @Test
    void theDetailsSayHowManyEvaluationsWentToReexamination() {
        GradCheckResult plain = Fixtures.failingResult("");
        GradCheckResult reexamined = plain.toBuilder().evaluations(340).reexaminationEvaluations(12).build();
        String html = render(List.of(Fixtures.check("a", "run", 1, "#1", plain),
                Fixtures.check("b", "run", 1, "#2", reexamined)));
        assertTrue(html.contains("<dt>cost evaluations</dt><dd>" + plain.evaluations() + "</dd>"), "none: the count alone");
        assertTrue(html.contains("<dt>cost evaluations</dt><dd>340 (12 of them re-examining disagreements)</dd>"));
    }

    @Test
    void componentsADirectionalCheckDidNotEstimateAreGreyNotBlack() {
        double[] a = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
        double[] n = {0.1, Double.NaN, Double.NaN, 0.4, Double.NaN, -0.6};
        TensorResult t = new TensorResult("W", TensorResult.Kind.PARAMETER, List.of(2, 3), 0.5, Verdict.FAIL, a, n,
                List.of(), 0, 3);
        GradCheckResult r = Fixtures.result("", Verdict.FAIL, 0.5, 1, 0, List.of(t), List.of(), List.of(), List.of());
        GradCheckResult directional = new GradCheckResult(r.layer(), r.label(), r.verdict(), r.relativeError(),
                r.tensors(), r.thresholds(), r.epsilon(), r.seed(), r.trainingSteps(), r.evaluations(),
                r.reexaminationEvaluations(), r.diagnosis(),
                r.cause(), r.notes(), r.epsilonSweep(), r.hints(), CheckMode.DIRECTIONAL);
        String html = render(List.of(Fixtures.check("dir", "run", 1, "#1", directional)));
        assertEquals(3, count(html, "fill=\"#eeeeee\""), "three components not checked one by one");
        assertEquals(0, count(html, "fill=\"#424242\""), "none of them is called not finite");
        assertEquals(1, count(html, "fill=\"#e53935\""), "W[1,2] has the wrong sign");
        assertTrue(html.contains("3 of 6 components checked one by one"));
        assertTrue(html.contains("<dt>mode</dt><dd>directional</dd>"));
    }

    @Test
    void aConfigurationErrorIsListedAsACheckWithItsMessage() {
        RecordedCheck error = RecordedCheck.ofConfigurationError("e", "run", 5, Fixtures.TEST_ID, "DenseTests › dense(Random)",
                "com.example.NoGrad", "com.example.NoGrad cannot be gradient-checked: @Param W: has no @Grad. Fix: add one.");
        String html = render(List.of(error, Fixtures.passing("p", "run")));
        String attention = between(html, "<section id=\"attention\">", "</section>");
        assertTrue(attention.contains("CONFIGURATION ERROR") && attention.contains("@Param W: has no @Grad"), attention);
        String detail = between(html, "<template id=\"check-1\">", "</template>");
        assertTrue(detail.contains("com.example.NoGrad cannot be gradient-checked: @Param W: has no @Grad. Fix: add one."),
                detail);
        assertTrue(html.contains("<span class=\"badge error\">CONFIGURATION ERROR 1</span>"));
    }

    @Test
    void plantedBugsThatFailAsExpectedStayOutOfTheAttentionList() {
        RecordedCheck planted = Fixtures.check("b", "run", 1, "#1",
                Fixtures.failingResult("planted bug, expected FAIL: sign of dW · seed=7"));
        String html = render(List.of(planted, Fixtures.passing("p", "run")));
        assertTrue(html.contains("Nothing: every check passed cleanly or failed as a planted bug was expected to."));
        assertTrue(html.contains("<section id=\"expected\">"));
        assertTrue(html.contains("<span class=\"badge expected\">expected FAIL 1</span>"));
        String detail = between(html, "<template id=\"check-1\">", "</template>");
        assertEquals(0, count(detail, "<figure class=\"heatmap\">"), "a caught planted bug gets a short section");

        RecordedCheck uncaught = Fixtures.check("u", "run", 1, "#1", Fixtures.result(
                "planted bug, expected FAIL: sign of dW · seed=7", Verdict.PASS, 1e-9, 7, 0, List.of(), List.of(),
                List.of(), List.of()));
        String missed = render(List.of(uncaught));
        String attention = between(missed, "<section id=\"attention\">", "</section>");
        assertTrue(attention.contains("expected FAIL: sign of dW") && attention.contains("did not catch it"),
                "a planted bug that passed needs attention: " + attention);
    }

    @Test
    void componentsBelowTheResolutionAreDrawnAsNotJudgedAndTheRowSaysWhy() {
        double[] a = {0.5, -0.25, 0.125, 1e-9};
        double[] n = {0.5, -0.25, 0.125, 4e-9};
        TensorResult w = new TensorResult("W", TensorResult.Kind.PARAMETER, List.of(2, 2), 2e-3, Verdict.MARGINAL, a,
                n, List.of(new org.gradcheck4j.ComponentResult("W[1,1]", 3, 1e-9, 4e-9, 0.6, false)), 0, 4);
        GradCheckResult marginal = Fixtures.result("seed=1", Verdict.MARGINAL, 2e-3, 1, 0, List.of(w),
                List.of(org.gradcheck4j.Note.about(org.gradcheck4j.Note.Kind.UNRESOLVED, List.of("W[1,1]"),
                        "W[1,1] disagrees below the measured noise of J: not judged")), List.of(), List.of());
        String html = render(List.of(Fixtures.check("m", "run", 1, "#1", marginal)));
        String detail = between(html, "<template id=\"check-1\">", "</template>");
        assertEquals(0, count(detail, "fill=\"#e53935\""), "no red cell on a MARGINAL check");
        assertEquals(1, count(detail, "fill=\"url(#unjudged)\""), "W[1,1] is hatched as not judged");
        assertFalse(detail.contains("class=\"bar fail\""), "no red bar past the fail line");
        assertTrue(detail.contains("class=\"bar unjudged\""), "the bar past the fail line is drawn as not judged");
        String row = between(html, "<tr class=\"group ", "</tr>");
        assertTrue(row.contains("W[1,1] disagrees below the measured noise of J: not judged"), "the row says why: " + row);
    }

    @Test
    void aRunWithoutChecksSaysSo() {
        String html = render(List.of());
        assertTrue(html.contains("id=\"no-checks\""), "an empty run is not mistaken for an older one");
        assertTrue(html.contains("0 gradient checks"));
    }

    static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertTrue(start >= 0, "missing: " + from);
        return text.substring(start, text.indexOf(to, start) + to.length());
    }

    static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
