package org.gradcheck4j.setup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code mvn} on a directory with a private local repository; its output goes to a log file. */
final class InnerBuild {

    private static final long TIMEOUT_MINUTES = 15;

    /** The exit code and the output of one build. */
    record Outcome(int exitCode, String output) {
    }

    private InnerBuild() {
    }

    static Outcome run(Path mavenHome, Path directory, Path settings, Path repository, String... goals)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(mavenHome.resolve("bin/mvn").toString(), "-B", "-ntp", "-fae",
                "-Dstyle.color=never", "-s", settings.toString(), "-Dmaven.repo.local=" + repository));
        command.addAll(List.of(goals));
        Path log = directory.resolve("build.log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the inner build did not finish in " + TIMEOUT_MINUTES + " minutes: " + log);
        }
        return new Outcome(process.exitValue(), Files.readString(log));
    }
}
