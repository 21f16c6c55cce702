package org.gradcheck4j.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gradcheck4j.CheckMode;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.results.RecordedCheck;
import org.gradcheck4j.results.ResultsJson;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema published with the reports ({@code org/gradcheck4j/reports/results.schema.json})
 * accepts every result the harness writes, and refuses files that break the format.
 */
class ResultsSchemaTests {

    static final String SCHEMA = "org/gradcheck4j/reports/results.schema.json";

    static JsonSchema schema() throws IOException {
        try (InputStream in = ResultsSchemaTests.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void everyKindOfResultValidates() throws IOException {
        JsonSchema schema = schema();
        List<RecordedCheck> checks = new ArrayList<>(LargeRun.of(500));
        checks.add(Fixtures.failing("f", "run"));
        checks.add(RecordedCheck.of("e", "run", 1, "", "", new GradCheckResult("com.x.Boom", "", Verdict.ERROR,
                Double.NaN, List.of(), Thresholds.DEFAULT, 1e-7, 1, 0, 1, 0, "forward threw",
                Optional.of(new IllegalStateException("boom")), List.of(), List.of(), List.of(), CheckMode.SAMPLED)));
        for (RecordedCheck c : checks) {
            Set<ValidationMessage> errors = schema.validate(ResultsJson.toJson(c), InputFormat.JSON);
            assertEquals(Set.of(), errors, c.id());
        }
    }

    @Test
    void filesThatBreakTheFormatAreRefused() throws IOException {
        JsonSchema schema = schema();
        String good = ResultsJson.toJson(Fixtures.failing("f", "run"));
        for (String bad : List.of(good.replace("\"verdict\":\"FAIL\"", "\"verdict\":\"MAYBE\""),
                good.replace("\"schema\":3", "\"schema\":2"), good.replace("\"runId\":\"run\",", ""),
                good.replace("\"reexaminationEvaluations\":0,", ""),
                good.replace("\"reexaminationEvaluations\":0,", "\"reexaminationEvaluations\":-1,"),
                good.replace("\"epsilon\":1.0E-7", "\"epsilon\":\"small\""),
                good.replace("\"mode\":\"EXHAUSTIVE\"", "\"mode\":\"EXHAUSTIVE\",\"extra\":1"),
                good.replace("\"layer\":\"com.example.layers.Dense\",\"result\"",
                        "\"layer\":\"com.example.layers.Dense\",\"configurationError\":\"x\",\"result\""))) {
            assertFalse(schema.validate(bad, InputFormat.JSON).isEmpty(), bad);
        }
    }
}
