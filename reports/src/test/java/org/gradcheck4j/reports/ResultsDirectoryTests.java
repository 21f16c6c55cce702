package org.gradcheck4j.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gradcheck4j.internal.recording.AtomicFiles;
import org.gradcheck4j.results.RecordedCheck;
import org.gradcheck4j.results.ResultsDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results directory as the reports read it: the harness's public reader, used from outside. */
class ResultsDirectoryTests {

    @TempDir
    Path dir;

    @Test
    void writesOneFilePerResultAndReadsThemOldestFirst() throws IOException {
        ResultsDirectory files = new ResultsDirectory(dir.resolve("results"));
        files.write(Fixtures.failing("b-2", "run-1"));
        files.write(Fixtures.passing("a-1", "run-1"));
        List<String> problems = new ArrayList<>();
        List<RecordedCheck> read = files.readAll(problems);
        assertEquals(List.of("a-1", "b-2"), read.stream().map(RecordedCheck::id).toList());
        assertEquals(List.of(), problems);
        try (var list = Files.list(dir.resolve("results"))) {
            assertEquals(2, list.count(), "no temporary file may be left behind");
        }
    }

    @Test
    void unreadableAndTemporaryFilesAreSkippedAndUnreadableOnesReported() throws IOException {
        ResultsDirectory files = new ResultsDirectory(dir);
        files.write(Fixtures.passing("ok", "run"));
        Files.writeString(dir.resolve("broken.json"), "{ not json");
        Files.writeString(dir.resolve(".half-written.json" + AtomicFiles.TEMP_SUFFIX), "{");
        Files.writeString(dir.resolve(".hidden.json"), "{");
        List<String> problems = new ArrayList<>();
        assertEquals(1, files.readAll(problems).size());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("broken.json"), problems.get(0));
    }

    @Test
    void theLatestRunIsTheRunOfTheNewestResultAndOtherRunsCanBeDeleted() throws IOException {
        ResultsDirectory files = new ResultsDirectory(dir);
        files.write(Fixtures.passing("old", "run-old"));   // timestamp 1000
        files.write(Fixtures.failing("new", "run-new"));   // timestamp 2000
        List<RecordedCheck> all = files.readAll(new ArrayList<>());
        assertEquals(List.of("new"), ResultsDirectory.ofLatestRun(all).stream().map(RecordedCheck::id).toList());
        List<String> problems = new ArrayList<>();
        assertEquals(List.of("new"), files.readRunDeletingOthers("run-new", problems).stream().map(RecordedCheck::id).toList());
        assertEquals(List.of("new"), files.readAll(problems).stream().map(RecordedCheck::id).toList(), "the old run's file is gone");
        assertEquals(List.of(), problems);
    }

    @Test
    void atomicWriteReplacesAnExistingFile() throws IOException {
        Path target = dir.resolve("sub/index.html");
        AtomicFiles.write(target, "first");
        AtomicFiles.write(target, "second");
        assertEquals("second", Files.readString(target));
        assertFalse(Files.exists(dir.resolve("sub/.index.html" + AtomicFiles.TEMP_SUFFIX)));
    }
}
