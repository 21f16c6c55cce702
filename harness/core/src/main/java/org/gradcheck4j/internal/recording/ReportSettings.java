package org.gradcheck4j.internal.recording;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Where a JVM writes its results and report, and for which run. Internal.
 *
 * @param enabled false when {@code gradcheck4j.report=false}
 * @param dir the report directory: results in {@code dir/results}, the page at {@code dir/index.html}
 * @param runId the run the results belong to
 * @param sourceRoots where to look for the layers' backward passes (main and test sources)
 * @param coverageRoots the sources whose layers coverage lists (main sources)
 */
@API(status = INTERNAL, since = "0.1.0")
public record ReportSettings(boolean enabled, Path dir, String runId, List<Path> sourceRoots,
                             List<Path> coverageRoots) {

    /** Switches results and report off with {@code false}. */
    public static final String ENABLED = "gradcheck4j.report";
    /** The report directory, default {@code target/gradcheck4j}, relative to the module's base directory. */
    public static final String DIR = "gradcheck4j.report.dir";
    /** Source roots for snippets, comma-separated, default {@code src/main/java,src/test/java}. */
    public static final String SOURCES = "gradcheck4j.report.sources";
    /** Source roots for coverage, comma-separated, default {@code src/main/java}. */
    public static final String COVERAGE = "gradcheck4j.report.coverage";
    private static final String DEFAULT_DIR = "target/gradcheck4j";

    /**
     * The settings from system properties, then {@code settings} (JUnit configuration parameters).
     * A relative directory resolves against the system property {@code basedir} (set by Surefire,
     * and right also when tests run inside Maven's own JVM with {@code forkCount=0}), else against
     * the working directory.
     *
     * @param settings looks up a setting by key, empty when it is not set
     * @return the settings, with absolute, normalized paths
     */
    public static ReportSettings resolve(Function<String, Optional<String>> settings) {
        Function<String, Optional<String>> lookup = key -> Optional.ofNullable(System.getProperty(key))
                .or(() -> settings.apply(key)).filter(s -> !s.isBlank());
        boolean enabled = !lookup.apply(ENABLED).map(String::strip).orElse("true").equalsIgnoreCase("false");
        Path base = Path.of(Optional.ofNullable(System.getProperty("basedir")).orElse(System.getProperty("user.dir")));
        Path dir = base.resolve(lookup.apply(DIR).orElse(DEFAULT_DIR)).toAbsolutePath().normalize();
        return new ReportSettings(enabled, dir, RunId.resolve(settings),
                roots(base, lookup.apply(SOURCES).orElse("src/main/java,src/test/java")),
                roots(base, lookup.apply(COVERAGE).orElse("src/main/java")));
    }

    private static List<Path> roots(Path base, String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> base.resolve(s).toAbsolutePath().normalize()).toList();
    }

    /**
     * The directory of the result files.
     *
     * @return {@code dir/results}
     */
    public Path resultsDir() {
        return dir.resolve("results");
    }

    /**
     * The HTML report.
     *
     * @return {@code dir/index.html}
     */
    public Path page() {
        return dir.resolve("index.html");
    }
}
