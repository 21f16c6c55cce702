package org.gradcheck4j.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradcheck4j.reports.coverage.Coverage;
import org.gradcheck4j.reports.html.HtmlReport;
import org.gradcheck4j.reports.html.ReportContent;
import org.gradcheck4j.reports.model.CheckRecord;
import org.gradcheck4j.reports.model.ThresholdRecord;
import org.junit.jupiter.api.Test;

class HtmlReportTests {

    private static String render(List<CheckRecord> checks) {
        return HtmlReport.render(new ReportContent("gradcheck4j report", Instant.EPOCH, checks, Coverage.unknown(),
                Map.of(), List.of()));
    }

    @Test
    void userStringsAreEscapedEverywhere() {
        CheckRecord evil = new CheckRecord(1, "evil", "run", 1, "com.x.<script>alert('layer')</script>",
                "<b>label</b>", "[engine:junit-jupiter]/[class:com.x.T]", "<img src=x onerror=alert(1)>", "ERROR",
                Double.NaN, ThresholdRecord.DEFAULT, 1e-7, 1, 0, 1, "forward threw <script>alert('diag')</script>",
                "java.lang.IllegalStateException: <script>alert('boom')</script>\n\tat com.x.L.forward(L.java:3)",
                List.of("<i>note</i>"), List.of(), List.of(), List.of(), "EXHAUSTIVE");
        String html = render(List.of(evil, Fixtures.passing("p", "run")));
        assertFalse(html.contains("<script>alert"), "a <script> from user code must not reach the page as markup");
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<b>label"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;boom&#39;)&lt;/script&gt;"), "the message shows as text");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;layer&#39;)&lt;/script&gt;"), "the class name shows as text");
        assertEquals(2, count(html, "<script"), "only the page's own two script elements");
    }

    @Test
    void sourceLinesAreEscaped() {
        CheckRecord f = Fixtures.failing("f", "run");
        var snippet = new org.gradcheck4j.reports.source.SourceSnippet("a/B.java", "backward", List.of("dW"),
                List.of(new org.gradcheck4j.reports.source.SourceLine(7, "dW[0][0] = 1; // <script>alert(2)</script>", true)), "");
        String html = HtmlReport.render(new ReportContent("r", Instant.EPOCH, List.of(f), Coverage.unknown(),
                Map.of("f", snippet), List.of("bad<file>.json: broken")));
        assertTrue(html.contains("// &lt;script&gt;alert(2)&lt;/script&gt;"), "source lines show as text");
        assertTrue(html.contains("bad&lt;file&gt;.json"), "so do names of unreadable files");
        assertFalse(html.contains("<script>alert"));
    }

    @Test
    void showsVerdictsWorstFirstHeatMapsAndTheSweepReading() {
        String html = render(List.of(Fixtures.passing("p", "run"), Fixtures.failing("f", "run")));
        int fail = html.indexOf("id=\"check-1\"");
        assertTrue(fail > 0 && html.indexOf("after 20 steps", fail) < html.indexOf("at initialisation", fail), "the failing check comes first");
        assertTrue(html.contains("<span class=\"badge fail\">FAIL 1</span>"), "counts per verdict");
        assertTrue(html.contains("<span class=\"badge pass\">PASS 1</span>"));
        // heat maps: W (12 cells) and b (3 cells) for each of the two checks
        assertEquals(2 * (12 + 3), count(html, "<rect x="), "one rect per component");
        assertTrue(html.contains("W[1,2]: analytic"), "cells carry their component in a <title>");
        assertEquals(4, count(html, "fill=\"#e53935\""), "exactly the four components of the wrong row are red");
        assertTrue(html.contains("flat: a real bug"), "a flat sweep reads as a bug");
        assertTrue(html.contains("<polyline class=\"curve\""));
        assertTrue(html.contains("mvn -Dtest&#x3D;&#39;DenseTests#dense&#39;"), "a command to rerun the test");
    }

    @Test
    void aVShapedSweepReadsAsStepTrouble() {
        CheckRecord f = Fixtures.failing("f", "run");
        CheckRecord v = new CheckRecord(1, "v", "run", 3, f.layer(), "marginal", "", "", "MARGINAL", 3e-6,
                f.thresholds(), 1e-7, 3, 0, 10, "", "", List.of(), Fixtures.vSweep(), f.tensors(), List.of(), "EXHAUSTIVE");
        String html = render(List.of(v));
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
        var t = org.gradcheck4j.reports.model.TensorRecord.capped("W", "PARAMETER", List.of(rows, cols), 0.01,
                "FAIL", a, n, List.of(), 0, rows * cols);
        CheckRecord c = new CheckRecord(1, "big", "run", 1, "a.Big", "", "", "", "FAIL", 0.01,
                ThresholdRecord.DEFAULT, 1e-7, 1, 0, 1, "", "", List.of(), List.of(), List.of(t), List.of(), "EXHAUSTIVE");
        String html = render(List.of(c));
        int cells = count(html, "<rect x=");
        assertTrue(cells <= 48 * 48, "pooled to at most 48 × 48 blocks, got " + cells);
        assertEquals(1, count(html, "fill=\"#e53935\""), "the one wrong element stays visible as one red block");
        assertTrue(html.contains("W[150,7]: analytic"), "the block's title names the worst component");
        assertTrue(html.contains("each cell is a block of"));
    }

    @Test
    void componentsADirectionalCheckDidNotEstimateAreGreyNotBlack() {
        double[] a = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
        double[] n = {0.1, Double.NaN, Double.NaN, 0.4, Double.NaN, -0.6};
        var t = org.gradcheck4j.reports.model.TensorRecord.capped("W", "PARAMETER", List.of(2, 3), 0.5, "FAIL",
                a, n, List.of(), 0, 3);
        CheckRecord c = new CheckRecord(1, "dir", "run", 1, "a.Dir", "", "", "", "FAIL", 0.5,
                ThresholdRecord.DEFAULT, 1e-7, 1, 0, 1, "", "", List.of(), List.of(), List.of(t), List.of(), "DIRECTIONAL");
        String html = render(List.of(c));
        assertEquals(3, count(html, "fill=\"#eeeeee\""), "three components not checked one by one");
        assertEquals(0, count(html, "fill=\"#424242\""), "none of them is called not finite");
        assertEquals(1, count(html, "fill=\"#e53935\""), "W[1,2] has the wrong sign");
        assertTrue(html.contains("3 of 6 components checked one by one"));
        assertTrue(html.contains("<dt>mode</dt><dd>directional</dd>"));
    }

    @Test
    void aRunWithThousandsOfChecksStaysReadable() {
        List<CheckRecord> checks = new java.util.ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            checks.add(Fixtures.passing("p" + i, "run"));
        }
        checks.add(Fixtures.failing("the-failure", "run"));
        String html = render(checks);
        assertEquals(org.gradcheck4j.reports.html.HtmlReport.MAX_DETAILED, count(html, "<details class=\"check "));
        assertEquals(org.gradcheck4j.reports.html.HtmlReport.MAX_ROWS, count(html, "<tr class=\"row "));
        int first = html.indexOf("id=\"check-1\"");
        assertTrue(first < html.indexOf("after 20 steps", first) && html.indexOf("after 20 steps", first) < html.indexOf("id=\"check-2\""),
                "the failure comes first");
        assertTrue(html.contains("1201 gradient checks"));
        assertTrue(html.contains("This run has 1201 checks: the table lists the 500 worst"));
        assertTrue(html.length() < 3_000_000, "the page stays small: " + html.length());
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
