package org.gradcheck4j.reports;

import static org.gradcheck4j.reports.HtmlReportTests.between;
import static org.gradcheck4j.reports.HtmlReportTests.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gradcheck4j.results.RecordedCheck;
import org.junit.jupiter.api.Test;

/**
 * A run of 5,000 checks: one row per layer and test, a detail section for every check that did not
 * pass cleanly, planted bugs apart from real failures, and a page within its size budget.
 */
class ReportScaleTests {

    /** The budget: bytes of page per check, on {@link LargeRun}'s mix (10% of checks not clean). */
    static final int BYTES_PER_CHECK = 1_500;

    private static final int CHECKS = 5_000;
    private static final List<RecordedCheck> RUN = LargeRun.of(CHECKS);
    private static final String HTML = HtmlReportTests.render(RUN);

    @Test
    void staysWithinItsSizeBudget() {
        int bytes = HTML.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        System.out.printf("gradcheck4j report of %d checks: %d bytes, %d bytes per check (budget %d)%n", CHECKS, bytes,
                bytes / CHECKS, BYTES_PER_CHECK);
        assertTrue(bytes <= BYTES_PER_CHECK * CHECKS, bytes / CHECKS + " bytes per check");
    }

    @Test
    void oneRowPerLayerAndTestWithEveryCheckEmbedded() {
        assertEquals(LargeRun.LAYERS * LargeRun.TESTS_PER_LAYER, count(HTML, "<tr class=\"group "));
        int listed = 0;
        for (var group : embeddedGroups(HTML)) {
            listed += group.getAsJsonArray().size();
        }
        assertEquals(CHECKS, listed, "every check of the run is listed");
        assertTrue(HTML.contains(CHECKS + " gradient checks"));
    }

    @Test
    void everyCheckThatDidNotPassCleanlyHasADetailSection() {
        long notClean = RUN.stream().filter(c -> c.result().map(r -> r.verdict() != org.gradcheck4j.Verdict.PASS)
                .orElse(true)).count();
        long uncaught = RUN.stream().filter(c -> c.label().contains("expected FAIL")
                && c.result().orElseThrow().verdict() == org.gradcheck4j.Verdict.PASS).count();
        assertEquals(notClean + uncaught, count(HTML, "<template id=\"check-"),
                "and so has every planted bug that was not caught");
    }

    @Test
    void plantedBugsThatFailedAreApartFromRealProblems() {
        String attention = between(HTML, "<section id=\"attention\">", "</section>");
        assertFalse(attention.contains("expected FAIL</span>"), "no caught planted bug needs attention");
        assertTrue(attention.contains("<span class=\"badge pass\">PASS</span>"),
                "a planted bug that passed needs attention: " + attention.substring(0, 2000));
        long planted = RUN.stream().filter(c -> c.label().contains("expected FAIL")
                && c.result().orElseThrow().verdict() == org.gradcheck4j.Verdict.FAIL).count();
        assertEquals(CHECKS / 100 * 5, planted, "LargeRun's mix");
        assertTrue(HTML.contains("<span class=\"badge expected\">expected FAIL " + planted + "</span>"),
                "the counts keep expected failures apart");
        assertTrue(HTML.contains("<span class=\"badge fail\">FAIL " + CHECKS / 100 + "</span>"), "and real ones");
        assertTrue(HTML.contains("<span class=\"badge error\">CONFIGURATION ERROR " + CHECKS / 500 + "</span>"));
    }

    /** The groups of checks embedded in the page, as the page's script reads them. */
    static com.google.gson.JsonArray embeddedGroups(String html) {
        String from = "id=\"gradcheck4j-data\">";
        int start = html.indexOf(from) + from.length();
        return com.google.gson.JsonParser.parseString(html.substring(start, html.indexOf("</script>", start)))
                .getAsJsonObject().getAsJsonArray("groups");
    }
}
