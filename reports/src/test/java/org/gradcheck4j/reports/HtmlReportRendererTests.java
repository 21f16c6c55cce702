package org.gradcheck4j.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.gradcheck4j.internal.recording.ReportRenderer;
import org.gradcheck4j.internal.recording.ReportSettings;
import org.gradcheck4j.internal.recording.RunSummary;
import org.gradcheck4j.results.RecordedCheck;
import org.gradcheck4j.results.ResultsDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The renderer the harness finds at the end of a JUnit run: it shows this run's checks only,
 * deletes the files of earlier runs, and replaces an earlier page even when this run has no check.
 */
class HtmlReportRendererTests {

    @TempDir
    Path dir;

    private ReportSettings settings(String run) {
        return new ReportSettings(true, dir, run, List.of(Fixtures.sourceRoot()), List.of());
    }

    @Test
    void theHarnessFindsTheRendererOnTheClassPath() {
        assertTrue(ServiceLoader.load(ReportRenderer.class).findFirst().orElseThrow() instanceof HtmlReportRenderer);
    }

    @Test
    void showsThisRunAndDeletesEarlierRuns() throws IOException {
        ResultsDirectory results = new ResultsDirectory(dir.resolve("results"));
        results.write(Fixtures.failing("now", "run-2"));
        results.write(Fixtures.passing("before", "run-1"));
        assertEquals(new RunSummary(1, 1), new HtmlReportRenderer().render(settings("run-2")), "the failing check counts");
        String html = Files.readString(dir.resolve("index.html"));
        assertTrue(html.contains("1 gradient check ·") && html.contains("after 20 steps"), "this run's check");
        assertFalse(html.contains("at initialisation"), "nothing of the earlier run");
        assertTrue(html.contains("class=\"line hl\""), "the source of the failing gradient is found");
        assertEquals(List.of("now"), results.readAll(new ArrayList<>()).stream().map(RecordedCheck::id).toList());
    }

    @Test
    void aRunWithoutChecksReplacesTheEarlierPage() throws IOException {
        Files.writeString(dir.resolve("index.html"), "<html>42 gradient checks of an earlier run</html>");
        assertEquals(new RunSummary(0, 0), new HtmlReportRenderer().render(settings("empty-run")));
        String html = Files.readString(dir.resolve("index.html"));
        assertFalse(html.contains("earlier run</html>"));
        assertTrue(html.contains("This run recorded no gradient check"), html);
    }

    @Test
    void threadsThatFinishTogetherTakeTurns() throws Exception {
        ResultsDirectory results = new ResultsDirectory(dir.resolve("results"));
        for (int i = 0; i < 20; i++) {
            results.write(Fixtures.passing("p" + i, "run"));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<RunSummary>> shown = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                shown.add(pool.submit(() -> new HtmlReportRenderer().render(settings("run"))));
            }
            for (var f : shown) {
                assertEquals(new RunSummary(20, 0), f.get(), "no render fails on the lock another one holds");
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(Files.readString(dir.resolve("index.html")).contains("20 gradient checks"));
    }
}
