package org.gradcheck4j.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gradcheck4j.reports.json.ResultJson;
import org.gradcheck4j.reports.model.CheckRecord;
import org.gradcheck4j.reports.model.TensorRecord;
import org.gradcheck4j.reports.model.ThresholdRecord;
import org.junit.jupiter.api.Test;

class ResultJsonTests {

    @Test
    void aResultSurvivesTheRoundTripUnchanged() {
        CheckRecord failing = Fixtures.failing("r1", "run-1");
        assertEquals(failing, ResultJson.fromJson(ResultJson.toJson(failing)));
        CheckRecord passing = Fixtures.passing("r2", "run-1");
        assertEquals(passing, ResultJson.fromJson(ResultJson.toJson(passing)));
    }

    @Test
    void nonFiniteNumbersAreStrictJsonStringsAndComeBack() {
        TensorRecord t = TensorRecord.capped("W", "PARAMETER", List.of(1, 3), Double.NaN, "NOT_FINITE",
                new double[] {Double.NaN, Double.POSITIVE_INFINITY, -0.5},
                new double[] {1, Double.NEGATIVE_INFINITY, 0.25}, List.of(), 0, 3);
        CheckRecord check = new CheckRecord(1, "nf", "run", 5, "a.B", "", "", "", "NOT_FINITE", Double.NaN,
                ThresholdRecord.DEFAULT, 1e-7, 1, 0, 3, "NaN in dW[0,0]", "", List.of(), List.of(), List.of(t), List.of(), "EXHAUSTIVE");
        String json = ResultJson.toJson(check);
        assertTrue(json.contains("\"NaN\""), json);
        assertTrue(json.contains("\"-Infinity\""), json);
        assertFalse(json.matches("(?s).*[:\\[,]\\s*NaN.*"), "a bare NaN is not JSON: " + json);
        CheckRecord back = ResultJson.fromJson(json);
        assertEquals(check, back);
        assertTrue(Double.isNaN(back.relativeError()));
        assertEquals(Double.POSITIVE_INFINITY, back.tensors().get(0).analytic().get(1));
    }

    @Test
    void largeTensorsAreCappedAndSaySo() {
        int n = TensorRecord.MAX_STORED_COMPONENTS + 10;
        TensorRecord t = TensorRecord.capped("W", "PARAMETER", List.of(1, n), 0, "PASS", new double[n], new double[n],
                List.of(), 0, n);
        assertEquals(TensorRecord.MAX_STORED_COMPONENTS, t.analytic().size());
        assertEquals(n, t.size());
        assertTrue(t.truncated());
        assertEquals(t, ResultJson.fromJson(toJson(t)).tensors().get(0));
    }

    @Test
    void missingFieldsReadAsEmptyAndUnknownSchemasAreRejected() {
        CheckRecord minimal = ResultJson.fromJson("{\"schema\":1,\"id\":\"x\",\"verdict\":\"PASS\"}");
        assertEquals("", minimal.layer());
        assertEquals(List.of(), minimal.tensors());
        assertEquals(ThresholdRecord.DEFAULT, minimal.thresholds());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResultJson.fromJson("{\"schema\":99,\"id\":\"x\"}"));
        assertTrue(e.getMessage().contains("unsupported result schema 99"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ResultJson.fromJson("{\"schema\":1,\"relativeError\":\"big\"}"));
        assertThrows(IllegalArgumentException.class, () -> ResultJson.fromJson(""));
    }

    @Test
    void embeddableJsonHasNoAngleBracket() {
        CheckRecord evil = new CheckRecord(1, "e", "run", 1, "a.</script><script>alert(1)</script>", "", "", "",
                "ERROR", Double.NaN, ThresholdRecord.DEFAULT, 1e-7, 1, 0, 1, "", "boom </script>", List.of(),
                List.of(), List.of(), List.of(), "EXHAUSTIVE");
        String json = ResultJson.toEmbeddableJson(List.of(evil));
        assertFalse(json.contains("<"), json);
        assertEquals(evil, ResultJson.fromJson(json.substring(1, json.length() - 1)));
    }

    private static String toJson(TensorRecord t) {
        return ResultJson.toJson(new CheckRecord(1, "t", "run", 1, "a.B", "", "", "", "PASS", 0,
                ThresholdRecord.DEFAULT, 1e-7, 1, 0, 1, "", "", List.of(), List.of(), List.of(t), List.of(), "EXHAUSTIVE"));
    }

    /** A check whose layer threw an exception with markup in its message. */
    static CheckRecord scriptInMessage() {
        return new CheckRecord(1, "error-1", "run", 3, "com.example.layers.Dense", "seed=1", "", "script test",
                "ERROR", Double.NaN, ThresholdRecord.DEFAULT, 1e-7, 1, 0, 1, "the layer threw during forward",
                "java.lang.IllegalStateException: <script>alert('boom')</script>\n\tat com.example.layers.Dense.forward(Dense.java:20)",
                List.of(), List.of(), List.of(), List.of(), "EXHAUSTIVE");
    }
}
