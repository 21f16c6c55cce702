package org.gradcheck4j.results;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Verdict;

/**
 * One check of a run as written to its results file: the result, or the configuration error that
 * stopped the check before it started, with where and when it ran.
 *
 * @param id unique among all results, also across forked JVMs and CI shards
 * @param runId the build run the check belongs to; a report shows one run
 * @param timestamp when the result was written, milliseconds since the epoch
 * @param testId the JUnit unique id of the test that ran the check, empty when not known
 * @param testName the test's display names from its class down, joined by {@code ›}; empty when not known
 * @param layer the checked class's binary name
 * @param result the check's result; empty for a configuration error
 * @param configurationError the message of the {@code GradCheckConfigurationException} that stopped
 *                           the check; empty when there is a result
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record RecordedCheck(String id, String runId, long timestamp, String testId, String testName, String layer,
                            Optional<GradCheckResult> result, String configurationError) {

    private static final Pattern EXPECTED_FAIL = Pattern.compile("(?i)\\bexpected\\s+FAIL\\b");

    /**
     * Validates the record.
     *
     * @param id unique among all results, also across forked JVMs and CI shards
     * @param runId the build run the check belongs to
     * @param timestamp when the result was written, milliseconds since the epoch
     * @param testId the JUnit unique id of the test that ran the check, empty when not known
     * @param testName the test's display names from its class down, empty when not known
     * @param layer the checked class's binary name
     * @param result the check's result; empty for a configuration error
     * @param configurationError the configuration error's message; empty when there is a result
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException unless exactly one of a result and a configuration error is given
     */
    public RecordedCheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(testId, "testId");
        Objects.requireNonNull(testName, "testName");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(configurationError, "configurationError");
        if (result.isPresent() == !configurationError.isEmpty()) {
            throw new IllegalArgumentException("a recorded check holds a result or a configuration error, not "
                    + (result.isPresent() ? "both" : "neither"));
        }
    }

    /**
     * A check that ran and gave {@code result}.
     *
     * @param id unique among all results, also across forked JVMs and CI shards
     * @param runId the build run the check belongs to
     * @param timestamp when the result was written, milliseconds since the epoch
     * @param testId the JUnit unique id of the test that ran the check, empty when not known
     * @param testName the test's display names from its class down, empty when not known
     * @param result the check's result; its layer becomes the record's
     * @return a recorded check holding {@code result}
     */
    public static RecordedCheck of(String id, String runId, long timestamp, String testId, String testName,
                                   GradCheckResult result) {
        return new RecordedCheck(id, runId, timestamp, testId, testName, result.layer(), Optional.of(result), "");
    }

    /**
     * A check of {@code layer} that a configuration error stopped, with the error's message.
     *
     * @param id unique among all results, also across forked JVMs and CI shards
     * @param runId the build run the check belongs to
     * @param timestamp when the result was written, milliseconds since the epoch
     * @param testId the JUnit unique id of the test that ran the check, empty when not known
     * @param testName the test's display names from its class down, empty when not known
     * @param layer the checked class's binary name
     * @param message the error's message; when empty, {@code configuration error} is recorded instead
     * @return a recorded check holding the configuration error
     */
    public static RecordedCheck ofConfigurationError(String id, String runId, long timestamp, String testId,
                                                     String testName, String layer, String message) {
        return new RecordedCheck(id, runId, timestamp, testId, testName, layer, Optional.empty(),
                message.isEmpty() ? "configuration error" : message);
    }

    /**
     * Whether a configuration error stopped the check.
     *
     * @return true if there is no result
     */
    public boolean isConfigurationError() {
        return result.isEmpty();
    }

    /**
     * Whether the check's label announces that it must fail ({@code expected FAIL}, as the samples
     * label planted bugs: {@code planted bug, expected FAIL: <mistake> · seed=<n>}).
     *
     * @return true if the label contains {@code expected FAIL}, in any case
     */
    public boolean announcesFailure() {
        return EXPECTED_FAIL.matcher(label()).find();
    }

    /**
     * Whether this is a planted bug that was caught: its label announces a failure and it FAILed.
     *
     * @return true if the label announces a failure and the verdict is FAIL
     */
    public boolean isExpectedFailure() {
        return announcesFailure() && result.map(r -> r.verdict() == Verdict.FAIL).orElse(false);
    }

    /**
     * The result's label, empty for a configuration error.
     *
     * @return the label, or empty
     */
    public String label() {
        return result.map(GradCheckResult::label).orElse("");
    }
}
