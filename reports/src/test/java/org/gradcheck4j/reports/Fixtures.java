package org.gradcheck4j.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gradcheck4j.reports.model.CheckRecord;
import org.gradcheck4j.reports.model.ComponentRecord;
import org.gradcheck4j.reports.model.HintRecord;
import org.gradcheck4j.reports.model.SweepRecord;
import org.gradcheck4j.reports.model.TensorRecord;
import org.gradcheck4j.reports.model.ThresholdRecord;

/** Results built by hand for the tests: a passing check and a failing one of the fixture layer. */
public final class Fixtures {

    public static final String DENSE = "com.example.layers.Dense";

    private Fixtures() {
    }

    /** The fixture sources (a Dense layer with a sign-flipped dW, an unmarked layer). */
    public static Path sourceRoot() {
        try {
            return Path.of(Fixtures.class.getResource("/fixture-src").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static CheckRecord passing(String id, String runId) {
        double[] g = values(12, 0.3);
        double[] n = g.clone();
        n[5] += 1e-10;
        TensorRecord w = TensorRecord.capped("W", "PARAMETER", List.of(3, 4), 2e-10, "PASS", g, n,
                List.of(new ComponentRecord("W[1,1]", 5, g[5], n[5], 1e-9, false)), 0, 12);
        TensorRecord b = TensorRecord.capped("b", "PARAMETER", List.of(3), 0, "PASS", values(3, 1), values(3, 1),
                List.of(), 0, 3);
        return new CheckRecord(CheckRecord.SCHEMA, id, runId, 1_000, DENSE, "seed=42 · at initialisation",
                "[engine:junit-jupiter]/[class:com.example.DenseTests]/[test-template:dense(java.util.Random)]/[test-template-invocation:#1]",
                "seed=42 · at initialisation", "PASS", 1.5e-10, ThresholdRecord.DEFAULT, 1e-7, 42, 0, 34,
                "", "", List.of(), List.of(), List.of(w, b), List.of(), "EXHAUSTIVE");
    }

    public static CheckRecord failing(String id, String runId) {
        double[] g = values(12, 0.3);
        double[] n = g.clone();
        List<ComponentRecord> worst = new ArrayList<>();
        for (int j = 0; j < 4; j++) {
            n[4 + j] = -g[4 + j]; // row 1 has the wrong sign
            worst.add(new ComponentRecord("W[1," + j + "]", 4 + j, g[4 + j], n[4 + j], 1.0, false));
        }
        TensorRecord w = TensorRecord.capped("W", "PARAMETER", List.of(3, 4), 0.57, "FAIL", g, n, worst, 0, 12);
        TensorRecord b = TensorRecord.capped("b", "PARAMETER", List.of(3), 3e-11, "PASS", values(3, 1), values(3, 1),
                List.of(), 0, 3);
        List<SweepRecord> sweep = new ArrayList<>();
        for (int e = -1; e >= -10; e--) {
            sweep.add(new SweepRecord(Math.pow(10, e), 0.57 + 0.001 * e));
        }
        return new CheckRecord(CheckRecord.SCHEMA, id, runId, 2_000, DENSE, "seed=7 · after 20 steps",
                "[engine:junit-jupiter]/[class:com.example.DenseTests]/[test-template:dense(java.util.Random)]/[test-template-invocation:#2]",
                "seed=7 · after 20 steps", "FAIL", 0.41, ThresholdRecord.DEFAULT, 1e-7, 7, 20, 34,
                "", "", List.of("checked in double precision"), sweep, List.of(w, b), List.of(new HintRecord("sign-flipped", "W", "row 1 of W has the opposite sign: look for a flipped sign in dW")), "EXHAUSTIVE");
    }

    /** A correct gradient whose error comes from the step: the sweep draws a V. */
    public static List<SweepRecord> vSweep() {
        List<SweepRecord> sweep = new ArrayList<>();
        for (int e = -1; e >= -10; e--) {
            double eps = Math.pow(10, e);
            sweep.add(new SweepRecord(eps, eps * eps + 1e-16 / eps));
        }
        return sweep;
    }

    static double[] values(int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = scale * Math.sin(1.3 * i + 0.4);
        }
        return v;
    }
}
