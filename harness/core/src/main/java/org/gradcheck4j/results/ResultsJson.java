package org.gradcheck4j.results;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The results file format: one JSON object per check, with a {@code "schema"} version. The JSON
 * Schema of the format is published with {@code gradcheck4j-reports} as
 * {@code org/gradcheck4j/reports/results.schema.json}.
 *
 * <p>The JSON is strict: NaN and the infinities, which JSON lacks, are the strings {@code "NaN"},
 * {@code "Infinity"} and {@code "-Infinity"}. A tensor's gradients are stored up to
 * {@link #MAX_STORED_COMPONENTS} components; a larger tensor reads back with that prefix of its
 * gradients, and its {@code shape} still gives its size.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ResultsJson {

    /**
     * The version of the format this library writes, and the one it reads (3 added
     * {@code reexaminationEvaluations}; a file of another version is an earlier run's).
     */
    public static final int SCHEMA = 3;
    /** The most components of a tensor whose gradient values are stored (a 128 × 128 matrix). */
    public static final int MAX_STORED_COMPONENTS = 128 * 128;
    /** Stack traces are cut after this many lines. */
    public static final int MAX_TRACE_LINES = 40;

    private ResultsJson() {
    }

    /**
     * The check as compact JSON.
     *
     * @param check the check to write. Not modified.
     * @return the JSON text, on one line
     */
    public static String toJson(RecordedCheck check) {
        return ResultsWriter.write(check);
    }

    /**
     * An exception's stack trace as the results files hold it: printed, cut after
     * {@link #MAX_TRACE_LINES} lines; a {@link RecordedException}'s own recorded trace.
     *
     * @param t the exception. Not modified.
     * @return the stack trace as text
     */
    public static String trace(Throwable t) {
        return ResultsWriter.trace(t);
    }

    /**
     * Reads one check.
     *
     * @param json the text of one results file, as written by {@link #toJson(RecordedCheck)}
     * @return the check
     * @throws IllegalArgumentException if the text is not a check of schema {@link #SCHEMA}
     */
    public static RecordedCheck fromJson(String json) {
        return ResultsReader.read(json);
    }
}
