package org.gradcheck4j.internal.results;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.apiguardian.api.API;
import org.gradcheck4j.reports.ReportGenerator;
import org.gradcheck4j.reports.json.ResultFiles;
import org.gradcheck4j.reports.model.CheckRecord;

/**
 * Renders the report of a run from all its result files. Forked JVMs that finish at the same time
 * take turns through a file lock (and threads of one JVM through a lock of their own, since file
 * locks are per process); each turn deletes result files of earlier runs, reads every result of
 * this run, and replaces the page atomically. The JVM that finishes last renders every result.
 * Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class RunReport {

    private static final ReentrantLock IN_JVM = new ReentrantLock();

    private RunReport() {
    }

    /**
     * Renders the report of {@code settings.runId()}.
     *
     * @return how many checks the report shows
     * @throws IOException if the lock, the results or the page cannot be accessed
     */
    public static int render(ReportSettings settings) throws IOException {
        Files.createDirectories(settings.dir());
        IN_JVM.lock();
        try (FileChannel channel = FileChannel.open(settings.dir().resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            ResultFiles files = new ResultFiles(settings.resultsDir());
            List<String> problems = new ArrayList<>();
            List<CheckRecord> checks = files.readRunDeletingOthers(settings.runId(), problems);
            ReportGenerator.write(ReportGenerator.assemble(checks, settings.sourceRoots(), settings.coverageRoots(),
                    problems), settings.page());
            return checks.size();
        } finally {
            IN_JVM.unlock();
        }
    }
}
