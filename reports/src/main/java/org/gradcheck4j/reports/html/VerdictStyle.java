package org.gradcheck4j.reports.html;

import java.util.Locale;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.results.RecordedCheck;

/**
 * How the report names, orders and colours outcomes: the harness's {@link Verdict}s, best first,
 * and after them a configuration error that stopped a check before it started.
 */
final class VerdictStyle {

    /** The name shown for a configuration error. */
    static final String CONFIGURATION_ERROR = "CONFIGURATION ERROR";
    /** The style of a bar or cell past a threshold that its verdict did not take. */
    static final String UNJUDGED = "unjudged";
    private static final int CONFIGURATION_RANK = Verdict.values().length;

    private VerdictStyle() {
    }

    /** pass, marginal, warn, fail, or error for every non-numeric outcome. */
    static String css(Verdict verdict) {
        return verdict.isNumeric() ? verdict.name().toLowerCase(Locale.ROOT) : "error";
    }

    static String css(RecordedCheck check) {
        return check.result().map(r -> css(r.verdict())).orElse("error");
    }

    /** The verdict's name, or {@link #CONFIGURATION_ERROR}. */
    static String name(RecordedCheck check) {
        return check.result().map(r -> r.verdict().name()).orElse(CONFIGURATION_ERROR);
    }

    /** 0 for PASS and higher for worse; a configuration error is worst. */
    static int rank(RecordedCheck check) {
        return check.result().map(r -> r.verdict().ordinal()).orElse(CONFIGURATION_RANK);
    }

    /** The overall relative error, NaN for a configuration error. */
    static double error(RecordedCheck check) {
        return check.result().map(r -> r.relativeError()).orElse(Double.NaN);
    }

    /** The overall relative error as shown, empty for a configuration error. */
    static String errorText(RecordedCheck check) {
        return check.result().map(r -> Numbers.format(r.relativeError())).orElse("");
    }

    /** Whether the check passed cleanly (PASS): it needs no detail section. */
    static boolean clean(RecordedCheck check) {
        return check.result().map(r -> r.verdict() == Verdict.PASS).orElse(false);
    }
}
