package org.gradcheck4j.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gradcheck4j.reports.cli.MergeReports;
import org.gradcheck4j.results.RecordedCheck;
import org.gradcheck4j.results.ResultsDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeReportsTests {

    @TempDir
    Path dir;

    private Path a;
    private Path b;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void twoModules() throws IOException {
        a = dir.resolve("module-a/target/gradcheck4j/results");
        b = dir.resolve("module-b/target/gradcheck4j/results");
        new ResultsDirectory(a).write(Fixtures.failing("a-new", "run-a2"));          // timestamp 2000
        new ResultsDirectory(a).write(withTime(Fixtures.passing("a-old", "run-a1"), 500));
        new ResultsDirectory(b).write(Fixtures.passing("b-1", "run-b"));
        Path src = dir.resolve("module-a/src/main/java/com/example/layers");
        Files.createDirectories(src);
        Files.copy(Fixtures.sourceRoot().resolve("com/example/layers/Dense.java"), src.resolve("Dense.java"));
    }

    @Test
    void mergesTheLatestRunOfEachDirectoryWithTheModulesSources() throws IOException {
        Path report = dir.resolve("merged/index.html");
        assertEquals(0, run("--out", report.toString(), a.toString(), b.toString(), a.toString()));
        String html = Files.readString(report);
        assertTrue(html.contains("2 gradient checks"), "a-new and b-1, each once; a-old is an earlier run");
        assertTrue(html.contains("after 20 steps") && html.contains("at initialisation"), "a-new and b-1");
        assertTrue(html.contains("class=\"line hl\""), "sources found under module-a/src/main/java");
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Wrote 2 checks from 3 directories"), out.toString());
    }

    @Test
    void allRunsKeepsEarlierRunsToo() throws IOException {
        Path report = dir.resolve("all.html");
        assertEquals(0, run("--out", report.toString(), "--all-runs", "--source", "nowhere", a.toString(), b.toString()));
        String html = Files.readString(report);
        assertTrue(html.contains("3 gradient checks"));
        assertFalse(html.contains("class=\"line hl\""), "--source replaces the guessed roots");
    }

    @Test
    void wrongArgumentsAreExplained() {
        assertEquals(2, run(a.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--out is required"));
        assertEquals(2, run("--out", "x.html", "--colour", a.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --colour"));
        assertEquals(2, run("--out"));
        assertEquals(1, run("--out", dir.resolve("x.html").toString(), dir.resolve("missing").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not a directory"));
    }

    private int run(String... args) {
        return MergeReports.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static RecordedCheck withTime(RecordedCheck c, long timestamp) {
        return new RecordedCheck(c.id(), c.runId(), timestamp, c.testId(), c.testName(), c.layer(), c.result(),
                c.configurationError());
    }
}
