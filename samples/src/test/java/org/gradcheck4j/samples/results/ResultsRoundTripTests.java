package org.gradcheck4j.samples.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.ClassNameFilter.excludeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.internal.ResultListeners;
import org.gradcheck4j.internal.recording.CurrentTest;
import org.gradcheck4j.internal.recording.ReportSettings;
import org.gradcheck4j.results.RecordedCheck;
import org.gradcheck4j.results.ResultsJson;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs every sample test inside this one, keeps each result the checks hand to the result
 * listeners, and reads back the results files the run wrote for them: each file validates against
 * the published JSON Schema and reads back into a record equal ({@code equals}) to its original. The
 * files are deleted afterwards, so that the samples' report shows each check once.
 */
class ResultsRoundTripTests {

    private static final String SCHEMA = "org/gradcheck4j/reports/results.schema.json";

    @Test
    void everyResultFileOfTheSamplesRunReadsBackIntoEqualRecords() throws IOException {
        List<GradCheckResult> originals = new CopyOnWriteArrayList<>();
        Consumer<GradCheckResult> capture = originals::add;
        ResultListeners.register(capture);
        try {
            EngineTestKit.engine("junit-jupiter").selectors(selectPackage("org.gradcheck4j.samples"))
                    .filters(excludeClassNamePatterns(".*\\.ResultsRoundTripTests")).execute();
        } finally {
            ResultListeners.unregister(capture);
        }
        String testId = CurrentTest.get().uniqueId();
        ReportSettings settings = ReportSettings.resolve(key -> Optional.empty());
        JsonSchema schema = schema();
        List<GradCheckResult> expected = new ArrayList<>(originals);
        List<Path> written = new ArrayList<>();
        try (Stream<Path> files = Files.list(settings.resultsDir())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String json = Files.readString(file, StandardCharsets.UTF_8);
                RecordedCheck check;
                try {
                    check = ResultsJson.fromJson(json);
                } catch (IllegalArgumentException e) {
                    assertTrue(e.getMessage().startsWith("unsupported result schema"), file + ": " + e.getMessage());
                    continue;                          // an earlier version's file, not this run's
                }
                if (!check.testId().equals(testId) || check.isConfigurationError()) {
                    continue;
                }
                written.add(file);
                assertEquals(Set.of(), schema.validate(json, InputFormat.JSON), file.toString());
                GradCheckResult back = check.result().orElseThrow();
                assertTrue(expected.remove(back), () -> file + " reads back into no original: " + back);
            }
        }
        assertTrue(originals.size() > 500, "the samples run hundreds of checks: " + originals.size());
        assertEquals(originals.size(), written.size(), "one file per check");
        assertEquals(List.of(), expected, "every original has its file");
        for (Path file : written) {
            Files.delete(file);
        }
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream in = ResultsRoundTripTests.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }
}
