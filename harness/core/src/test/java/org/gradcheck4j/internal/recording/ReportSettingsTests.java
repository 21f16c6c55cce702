package org.gradcheck4j.internal.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportSettingsTests {

    private static final Path BASE =
            Path.of(Optional.ofNullable(System.getProperty("basedir")).orElse(System.getProperty("user.dir")));

    private static ReportSettings resolve(Map<String, String> parameters) {
        return ReportSettings.resolve(key -> Optional.ofNullable(parameters.get(key)));
    }

    @Test
    void defaultsToTargetGradcheck4jOfTheModuleNotTheWorkingDirectory() {
        ReportSettings s = resolve(Map.of());
        assertTrue(s.enabled());
        assertEquals(BASE.resolve("target/gradcheck4j").toAbsolutePath().normalize(), s.dir());
        assertEquals(s.dir().resolve("results"), s.resultsDir());
        assertEquals(s.dir().resolve("index.html"), s.page());
        assertEquals(List.of(BASE.resolve("src/main/java").toAbsolutePath().normalize(),
                BASE.resolve("src/test/java").toAbsolutePath().normalize()), s.sourceRoots());
        assertEquals(List.of(BASE.resolve("src/main/java").toAbsolutePath().normalize()), s.coverageRoots());
    }

    @Test
    void readsDirectorySourcesRunIdAndTheSwitchFromConfigurationParameters() {
        ReportSettings s = resolve(Map.of(ReportSettings.DIR, "build/checks", ReportSettings.SOURCES,
                "src/main/java, src/test/java", RunId.KEY, "ci-42", ReportSettings.ENABLED, "false"));
        assertFalse(s.enabled());
        assertEquals(BASE.resolve("build/checks").toAbsolutePath().normalize(), s.dir());
        assertEquals(2, s.sourceRoots().size());
        assertEquals(BASE.resolve("src/test/java").toAbsolutePath().normalize(), s.sourceRoots().get(1));
        assertEquals("ci-42", s.runId());
        Path absolute = BASE.resolve("elsewhere").toAbsolutePath();
        assertEquals(absolute, resolve(Map.of(ReportSettings.DIR, absolute.toString())).dir());
    }
}
