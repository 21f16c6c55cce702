package org.gradcheck4j.reports;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.gradcheck4j.internal.recording.ReportRenderer;
import org.gradcheck4j.internal.recording.ReportSettings;
import org.gradcheck4j.internal.recording.RunSummary;
import org.gradcheck4j.results.RecordedCheck;
import org.gradcheck4j.results.ResultsDirectory;

/**
 * Renders the HTML report at the end of a JUnit run, found by the harness through
 * {@code META-INF/services}: adding {@code gradcheck4j-reports} to a project's tests is all it takes.
 * Forked JVMs that finish at the same time take turns through a file lock (and threads of one JVM
 * through a lock of their own, since file locks are per process); each turn deletes result files
 * of earlier runs, reads every check of this run, and replaces the page atomically, also when the
 * run has no check, so that an older page never stays in place. Internal.
 *
 * @since 0.1.0
 */
public final class HtmlReportRenderer implements ReportRenderer {

    private static final ReentrantLock IN_JVM = new ReentrantLock();

    /** Created by the service loader. */
    public HtmlReportRenderer() {
    }

    @Override
    public RunSummary render(ReportSettings settings) throws IOException {
        Files.createDirectories(settings.dir());
        IN_JVM.lock();
        try (FileChannel channel = FileChannel.open(settings.dir().resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            List<String> problems = new ArrayList<>();
            List<RecordedCheck> checks = new ResultsDirectory(settings.resultsDir())
                    .readRunDeletingOthers(settings.runId(), problems);
            ReportGenerator.write(ReportGenerator.assemble(checks, settings.sourceRoots(), settings.coverageRoots(),
                    problems), settings.page());
            return RunSummary.of(checks);
        } finally {
            IN_JVM.unlock();
        }
    }
}
