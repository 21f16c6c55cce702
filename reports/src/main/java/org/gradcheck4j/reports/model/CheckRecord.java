package org.gradcheck4j.reports.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The full result of one gradient check as written to and read from disk.
 *
 * @param schema the version of this format ({@link #SCHEMA})
 * @param id unique among all results, also across forked JVMs and CI shards
 * @param runId the build run the check belongs to; a report shows one run
 * @param timestamp when the result was written, milliseconds since the epoch
 * @param layer the checked class's binary name
 * @param label what the check is and how to reproduce it, e.g. {@code seed=42 · after 20 steps}
 * @param testId the JUnit unique id of the test that ran the check, empty when not known
 * @param testName the test's display name, empty when not known
 * @param verdict PASS, MARGINAL, WARN, FAIL or a non-numeric outcome such as ERROR
 * @param relativeError the relative error of θ as a whole (NaN for a non-numeric outcome)
 * @param thresholds the thresholds the verdicts were taken with
 * @param epsilon the base finite-difference step
 * @param seed the seed of the random projection and every {@code @RandomSource}
 * @param trainingSteps gradient-descent steps before the check
 * @param evaluations how many times the cost was evaluated
 * @param diagnosis for a non-numeric outcome, what happened; otherwise empty
 * @param cause the exception the layer threw with its stack trace, empty when none
 * @param notes remarks on how the check was done
 * @param sweep the ε-sweep, empty when none was taken
 * @param tensors the tensors, parameters first
 * @param hints likely causes of a wrong gradient, most specific first
 * @param mode how the numeric gradient was obtained: {@code EXHAUSTIVE}, {@code DIRECTIONAL} or {@code SAMPLED}
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record CheckRecord(int schema, String id, String runId, long timestamp, String layer, String label,
                          String testId, String testName, String verdict, double relativeError,
                          ThresholdRecord thresholds, double epsilon, long seed, int trainingSteps,
                          long evaluations, String diagnosis, String cause, List<String> notes,
                          List<SweepRecord> sweep, List<TensorRecord> tensors, List<HintRecord> hints,
                          String mode) {

    /** The version of the on-disk format written by this library. */
    public static final int SCHEMA = 1;

    /** Copies the lists and replaces missing values (from older or hand-edited files) by empty ones. */
    public CheckRecord {
        id = orEmpty(id);
        runId = orEmpty(runId);
        layer = orEmpty(layer);
        label = orEmpty(label);
        testId = orEmpty(testId);
        testName = orEmpty(testName);
        verdict = orEmpty(verdict);
        diagnosis = orEmpty(diagnosis);
        cause = orEmpty(cause);
        thresholds = thresholds == null ? ThresholdRecord.DEFAULT : thresholds;
        notes = notes == null ? List.of() : List.copyOf(notes);
        sweep = sweep == null ? List.of() : List.copyOf(sweep);
        tensors = tensors == null ? List.of() : List.copyOf(tensors);
        hints = hints == null ? List.of() : List.copyOf(hints);
        mode = orEmpty(mode);
    }

    /** The class name without its package, nested classes joined by a dot. */
    public String layerSimpleName() {
        return layer.substring(layer.lastIndexOf('.') + 1).replace('$', '.');
    }

    /** Whether a test with this verdict passes (PASS, MARGINAL or WARN). */
    public boolean passes() {
        return verdict.equals("PASS") || verdict.equals("MARGINAL") || verdict.equals("WARN");
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
