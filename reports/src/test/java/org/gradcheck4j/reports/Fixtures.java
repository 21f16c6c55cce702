package org.gradcheck4j.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gradcheck4j.CheckMode;
import org.gradcheck4j.ComponentResult;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Hint;
import org.gradcheck4j.Note;
import org.gradcheck4j.SweepPoint;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.results.RecordedCheck;

/** Results built by hand for the tests: a passing check and a failing one of the fixture layer. */
public final class Fixtures {

    public static final String DENSE = "com.example.layers.Dense";
    static final String TEST_ID = "[engine:junit-jupiter]/[class:com.example.DenseTests]/[test-template:dense(java.util.Random)]";

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

    public static RecordedCheck passing(String id, String runId) {
        double[] g = values(12, 0.3);
        double[] n = g.clone();
        n[5] += 1e-10;
        TensorResult w = new TensorResult("W", TensorResult.Kind.PARAMETER, List.of(3, 4), 2e-10, Verdict.PASS, g, n,
                List.of(new ComponentResult("W[1,1]", 5, g[5], n[5], 1e-9, false)), 0, 12);
        TensorResult b = new TensorResult("b", TensorResult.Kind.PARAMETER, List.of(3), 0, Verdict.PASS, values(3, 1),
                values(3, 1), List.of(), 0, 3);
        return check(id, runId, 1_000, "#1", result("seed=42 · at initialisation", Verdict.PASS, 1.5e-10, 42, 0,
                List.of(w, b), List.of(), List.of(), List.of()));
    }

    public static RecordedCheck failing(String id, String runId) {
        return check(id, runId, 2_000, "#2", failingResult("seed=7 · after 20 steps"));
    }

    static GradCheckResult failingResult(String label) {
        double[] g = values(12, 0.3);
        double[] n = g.clone();
        List<ComponentResult> worst = new ArrayList<>();
        for (int j = 0; j < 4; j++) {
            n[4 + j] = -g[4 + j]; // row 1 has the wrong sign
            worst.add(new ComponentResult("W[1," + j + "]", 4 + j, g[4 + j], n[4 + j], 1.0, false));
        }
        TensorResult w = new TensorResult("W", TensorResult.Kind.PARAMETER, List.of(3, 4), 0.57, Verdict.FAIL, g, n,
                worst, 0, 12);
        TensorResult b = new TensorResult("b", TensorResult.Kind.PARAMETER, List.of(3), 3e-11, Verdict.PASS,
                values(3, 1), values(3, 1), List.of(), 0, 3);
        List<SweepPoint> sweep = new ArrayList<>();
        for (int e = -1; e >= -10; e--) {
            sweep.add(new SweepPoint(Math.pow(10, e), 0.57 + 0.001 * e));
        }
        return result(label, Verdict.FAIL, 0.41, 7, 20, List.of(w, b),
                List.of(Note.of(Note.Kind.FLOAT, "checked in double precision")), sweep,
                List.of(new Hint("sign-flipped", "W", "row 1 of W has the opposite sign: look for a flipped sign in dW")));
    }

    static GradCheckResult result(String label, Verdict verdict, double error, long seed, int steps,
                                  List<TensorResult> tensors, List<Note> notes, List<SweepPoint> sweep,
                                  List<Hint> hints) {
        return new GradCheckResult(DENSE, label, verdict, error, tensors, Thresholds.DEFAULT, 1e-7, seed, steps, 34, 0,
                "", Optional.empty(), notes, sweep, hints, CheckMode.EXHAUSTIVE);
    }

    /** A check of {@code result} run by invocation {@code invocation} of the fixture test template. */
    static RecordedCheck check(String id, String runId, long timestamp, String invocation, GradCheckResult result) {
        return RecordedCheck.of(id, runId, timestamp, TEST_ID + "/[test-template-invocation:" + invocation + "]",
                "DenseTests › dense(Random) › " + result.label(), result);
    }

    /** A correct gradient whose error comes from the step: the sweep draws a V. */
    public static List<SweepPoint> vSweep() {
        List<SweepPoint> sweep = new ArrayList<>();
        for (int e = -1; e >= -10; e--) {
            double eps = Math.pow(10, e);
            sweep.add(new SweepPoint(eps, eps * eps + 1e-16 / eps));
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
