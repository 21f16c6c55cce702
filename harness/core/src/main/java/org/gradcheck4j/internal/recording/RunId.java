package org.gradcheck4j.internal.recording;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Identifies the build run a JVM's checks belong to, so that the forked JVMs of one Maven run
 * agree on it without talking to each other, and results of earlier runs are left out.
 *
 * <p>In order: the setting {@code gradcheck4j.report.runId} (system property or JUnit
 * configuration parameter) or the environment variable {@code GRADCHECK4J_RUN_ID}; else the Maven
 * process this JVM is or descends from (Surefire forks are its children or grandchildren), named
 * by its process id and start time; else this JVM alone. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class RunId {

    /** The setting that fixes the run id, e.g. for a build tool other than Maven. */
    public static final String KEY = "gradcheck4j.report.runId";
    private static final int MAX_ANCESTORS = 6;
    private static final String MAVEN_MAIN = "org.codehaus.plexus.classworlds.launcher.Launcher";

    private RunId() {
    }

    /**
     * The run id of this JVM under the given settings (system properties, then {@code settings}).
     *
     * @param settings looks up a setting by key, empty when it is not set
     * @return the run id, never blank
     */
    public static String resolve(Function<String, Optional<String>> settings) {
        return Optional.ofNullable(System.getProperty(KEY)).or(() -> settings.apply(KEY))
                .or(() -> Optional.ofNullable(System.getenv("GRADCHECK4J_RUN_ID")))
                .filter(s -> !s.isBlank())
                .or(RunId::maven)
                .orElseGet(() -> id("jvm", ProcessHandle.current()));
    }

    /** The Maven process this JVM is or descends from, if any. */
    static Optional<String> maven() {
        Optional<ProcessHandle> process = Optional.of(ProcessHandle.current());
        for (int i = 0; i <= MAX_ANCESTORS && process.isPresent(); i++) {
            ProcessHandle p = process.get();
            if (isMaven(p)) {
                return Optional.of(id("maven", p));
            }
            process = p.parent();
        }
        return Optional.empty();
    }

    private static boolean isMaven(ProcessHandle p) {
        ProcessHandle.Info info = p.info();
        String line = info.commandLine().orElse("") + " " + String.join(" ", info.arguments().orElse(new String[0]));
        return line.contains(MAVEN_MAIN);
    }

    private static String id(String kind, ProcessHandle p) {
        long start = p.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
        return kind + "-" + p.pid() + "-" + start;
    }
}
