package org.gradcheck4j.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * README's setup works as pasted: fresh projects made of its setup block and example (JUnit 5.14
 * and 6, the JUnit dependency last and first) are built by {@code mvn test} against this build's
 * artifacts, and run every check — README's test passes, a planted sign bug fails, a
 * {@code @GradCheckTest} runs its six invocations — on the JUnit they declare; with the Surefire
 * setting of docs/junit.md, the XML reports name invocations by their display names.
 */
class ReadmeSetupTests {

    /** DenseTest 1 + FlippedDenseTest 1 + DenseGradCheckTests 3 seeds × 2 + JUnitVersionTest 1. */
    private static final int TESTS_PER_PROJECT = 9;

    private static final Path ROOT = Path.of(System.getProperty("gradcheck4j.root", "..")).toAbsolutePath().normalize();
    private static final Path WORK = ROOT.resolve("setup-check/target/readme-setup");
    private static InnerBuild.Outcome outcome;

    @BeforeAll
    static void buildTheProjects() throws IOException, InterruptedException {
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        Markdown readme = Markdown.read(ROOT.resolve("README.md"));
        Markdown junitDoc = Markdown.read(ROOT.resolve("docs/junit.md"));
        for (Variant v : Variant.values()) {
            UserProject.write(WORK.resolve(v.module), readme, junitDoc, v, property("gradcheck4j.junit6"));
        }
        Files.writeString(WORK.resolve("pom.xml"), aggregator());
        PrivateRepository repository = PrivateRepository.install(ROOT, property("gradcheck4j.version"),
                WORK.resolve("repository"));
        Path settings = repository.writeSettings(Path.of(property("gradcheck4j.outerRepository")),
                WORK.resolve("settings.xml"));
        outcome = InnerBuild.run(Path.of(property("gradcheck4j.mavenHome")), WORK, settings, repository.directory(), "test");
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void everyCheckRunsAndThePlantedBugFails(Variant variant) throws IOException {
        SurefireReports reports = SurefireReports.read(WORK.resolve(variant.module));

        assertEquals(TESTS_PER_PROJECT, reports.tests(), variant.module + ": tests run; see " + WORK.resolve("build.log"));
        assertEquals(0, reports.errors() + reports.skipped(), variant.module + ": errors and skipped");
        assertEquals(1, reports.failures(), variant.module + ": failures " + reports.failed());
        assertTrue(reports.failed().get(0).startsWith("FlippedDenseTest: Gradient check of FlippedDense: FAIL"),
                reports.failed().get(0));
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void withoutParametersTheInputIsNamedAsInTheSource(Variant variant) throws IOException {
        String failure = SurefireReports.read(WORK.resolve(variant.module)).failed().get(0);

        assertTrue(Pattern.compile("\\n  x +input +\\[4, 5\\]").matcher(failure).find(), failure);
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void theRunEndsWithOneLineOfFailedChecksAndWhereTheyAre(Variant variant) {
        Pattern line = Pattern.compile("\ngradcheck4j: 1 of 8 checks failed; report: \\S*/" + variant.module + "/target/gradcheck4j/");

        assertTrue(line.matcher(outcome.output()).find(), variant.module + ": " + WORK.resolve("build.log"));
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void theUsersJUnitIsTheOneThatRan(Variant variant) throws IOException {
        String expected = variant.junit6 ? property("gradcheck4j.junit6") : "5.14.";
        String ran = Files.readString(WORK.resolve(variant.module).resolve("target/junit-version.txt"));

        assertTrue(ran.startsWith(expected), variant.module + ": JUnit Jupiter " + ran + ", expected " + expected);
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void surefireReportsDisplayNamesWithTheSettingOfTheDocs(Variant variant) throws IOException {
        List<String> names = SurefireReports.read(WORK.resolve(variant.module)).names();
        String phrased = "dense(Random, GradCheckInvocation) seed=1 · after 20 steps";

        assertEquals(variant.phrasedNames, names.contains(phrased), variant.module + ": " + names);
    }

    @Test
    void thePlantedBugFailsTheBuild() {
        assertNotEquals(0, outcome.exitCode(), "exit code of the inner build");
        assertTrue(outcome.output().contains("BUILD FAILURE"), "inner build's output: " + WORK.resolve("build.log"));
    }

    private static String aggregator() {
        String modules = Arrays.stream(Variant.values()).map(v -> "<module>" + v.module + "</module>")
                .collect(Collectors.joining("\n"));
        return UserProject.pom("readme-setup", "<packaging>pom</packaging>\n<modules>\n" + modules + "\n</modules>\n");
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: run this test through Maven");
        }
        return value;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
