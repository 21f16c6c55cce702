package org.gradcheck4j.internal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradcheck4j.reports.json.ResultFiles;
import org.gradcheck4j.reports.model.CheckRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two forked JVMs of one run write their results at the same time and each renders the report
 * when its session closes: the report holds every result exactly once, and nothing of an earlier run.
 */
class ForkedReportTests {

    private static final int CHECKS_PER_FORK = 5;

    @TempDir
    Path dir;

    @Test
    void twoParallelForksLoseNothingAndDuplicateNothing() throws Exception {
        String run = "fork-test-" + UUID.randomUUID();
        ResultFiles results = new ResultFiles(dir.resolve("results"));
        CheckRecord stale = new CheckRecord(1, "stale-1", "an-earlier-run", 1, "com.x.Stale", "", "", "", "PASS", 0,
                null, 1e-7, 1, 0, 1, "", "", List.of(), List.of(), List.of(), List.of(), "EXHAUSTIVE");
        results.write(stale);

        Process a = fork(1, List.of("-D" + RunId.KEY + "=" + run));
        Process b = fork(2, List.of("-D" + RunId.KEY + "=" + run));
        assertFinished(a);
        assertFinished(b);

        List<String> problems = new ArrayList<>();
        List<CheckRecord> written = results.readAll(problems);
        assertEquals(List.of(), problems);
        assertEquals(2 * CHECKS_PER_FORK, written.size(), "every check wrote its result; the stale one is gone");
        assertTrue(written.stream().allMatch(c -> c.runId().equals(run)));
        for (CheckRecord c : written) {
            String test = c.label().substring(c.label().indexOf("· ") + 2);
            assertTrue(c.testName().contains(test), "each result names the test it ran in, on whatever thread: "
                    + c.label() + " vs " + c.testName());
        }

        String html = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
        String data = html.substring(html.indexOf("id=\"gradcheck4j-data\">"), html.lastIndexOf("</script>"));
        for (CheckRecord c : written) {
            assertEquals(1, count(data, "\"id\":\"" + c.id() + "\""), c.id() + " is in the report exactly once");
        }
        assertTrue(html.contains(2 * CHECKS_PER_FORK + " gradient checks"), "the summary counts all of them");
        String logs = Files.readString(dir.resolve("fork-1.log")) + Files.readString(dir.resolve("fork-2.log"));
        assertTrue(logs.contains(new RunSummary(2 * CHECKS_PER_FORK, 2).line(dir.resolve("index.html"))),
                "the fork that renders last prints how many checks failed and where the report is:\n" + logs);
        assertFalse(html.contains("an-earlier-run") || html.contains("com.x.Stale"), "nothing of an earlier run");
        assertTrue(html.contains("<span class=\"line hl\"><span class=\"ln\">"), "the source snippet is highlighted");
        assertTrue(Pattern.compile("class=\"line hl\"><span class=\"ln\">\\d+</span>\\s+row\\[j\\] &#x3D; -row\\[j\\];")
                .matcher(html).find(), "the line with the planted bug is the highlighted one");
    }

    @Test
    void forksOfOneMavenRunAgreeOnTheirRunWithoutBeingTold() throws Exception {
        Optional<String> maven = RunId.maven();
        Assumptions.assumeTrue(maven.isPresent(), "not running under Maven");
        Process child = new ProcessBuilder(java(), "-cp", classpath(), PrintRunIdMain.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertEquals(maven.get(), out);
    }

    private Process fork(int n, List<String> extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", classpath(),
                "-Dgradcheck4j.report.dir=" + dir, "-Dgradcheck4j.test.fork=" + n,
"-Dbasedir=" + basedir()));
        command.addAll(extra);
        command.add(ReportForkMain.class.getName());
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("fork-" + n + ".log").toFile()).start();
    }

    private void assertFinished(Process p) throws Exception {
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the fork finished");
        String output = "";
        for (int n = 1; n <= 2; n++) {
            output += Files.readString(dir.resolve("fork-" + n + ".log"));
        }
        assertEquals(0, p.exitValue(), "the fork's tests passed:\n" + output);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String classpath() {
        return Optional.ofNullable(System.getProperty("surefire.test.class.path"))
                .orElse(System.getProperty("java.class.path"));
    }

    private static String basedir() {
        return Optional.ofNullable(System.getProperty("basedir")).orElse(System.getProperty("user.dir"));
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
