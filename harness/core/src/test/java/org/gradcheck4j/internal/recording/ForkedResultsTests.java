package org.gradcheck4j.internal.recording;

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
import org.gradcheck4j.results.RecordedCheck;
import org.gradcheck4j.results.ResultsDirectory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two forked JVMs of one run write their results at the same time: every check has its file, named
 * with the test it ran in. The harness alone (no {@code gradcheck4j-reports} on the class path)
 * renders no page, deletes the results of earlier runs, and removes an earlier run's page so that
 * it cannot pass for this run's.
 */
class ForkedResultsTests {

    private static final int CHECKS_PER_FORK = 5;

    @TempDir
    Path dir;

    @Test
    void twoParallelForksLoseNothingAndDuplicateNothing() throws Exception {
        String run = "fork-test-" + UUID.randomUUID();
        ResultsDirectory results = new ResultsDirectory(dir.resolve("results"));
        results.write(RecordedCheck.ofConfigurationError("stale-1", "an-earlier-run", 1, "", "", "com.x.Stale",
                "stale"));
        Files.writeString(dir.resolve("index.html"), "an earlier run's page");

        Process a = fork(1, List.of("-D" + RunId.KEY + "=" + run));
        Process b = fork(2, List.of("-D" + RunId.KEY + "=" + run));
        assertFinished(a);
        assertFinished(b);

        List<String> problems = new ArrayList<>();
        List<RecordedCheck> written = results.readAll(problems);
        assertEquals(List.of(), problems);
        assertEquals(2 * CHECKS_PER_FORK, written.size(), "every check wrote its result; the stale one is gone");
        assertTrue(written.stream().allMatch(c -> c.runId().equals(run)));
        assertEquals(2 * CHECKS_PER_FORK, written.stream().map(RecordedCheck::id).distinct().count());
        for (RecordedCheck c : written) {
            String test = c.label().substring(c.label().indexOf("· ") + 2);
            assertTrue(c.testName().contains(test), "each result names the test it ran in, on whatever thread: "
                    + c.label() + " vs " + c.testName());
        }
        assertFalse(Files.exists(dir.resolve("index.html")), "no renderer: the earlier page is removed");
        String logs = Files.readString(dir.resolve("fork-1.log")) + Files.readString(dir.resolve("fork-2.log"));
        assertTrue(logs.contains("gradcheck4j: 2 of " + 2 * CHECKS_PER_FORK + " checks failed; results: ")
                        && logs.contains("add gradcheck4j-reports"),
                "the fork that finishes last says how many checks failed, where the results are and how to get"
                        + " the HTML report:\n" + logs);
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
}
