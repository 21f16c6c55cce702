package org.gradcheck4j.reports.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Orders verdict names from best to worst, as the harness does: PASS, MARGINAL, WARN, FAIL, and
 * after them every non-numeric outcome (ERROR, NOT_FINITE, ...), which never passes.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Verdicts {

    /** The numeric verdicts, best first. */
    public static final List<String> NUMERIC = List.of("PASS", "MARGINAL", "WARN", "FAIL");

    private Verdicts() {
    }

    /** 0 for PASS up to 3 for FAIL; 4 for any non-numeric outcome. */
    public static int rank(String verdict) {
        int i = NUMERIC.indexOf(verdict);
        return i < 0 ? NUMERIC.size() : i;
    }

    /** A lower-case name for styling: pass, marginal, warn, fail, or error for non-numeric outcomes. */
    public static String cssClass(String verdict) {
        int i = NUMERIC.indexOf(verdict);
        return i < 0 ? "error" : verdict.toLowerCase(java.util.Locale.ROOT);
    }

    /** The numeric verdict of a relative error under {@code thresholds}; NaN gives NOT_FINITE. */
    public static String classify(double relativeError, ThresholdRecord thresholds) {
        if (Double.isNaN(relativeError)) {
            return "NOT_FINITE";
        }
        if (relativeError <= thresholds.pass()) {
            return "PASS";
        }
        if (relativeError <= thresholds.warn()) {
            return "MARGINAL";
        }
        return relativeError < thresholds.fail() ? "WARN" : "FAIL";
    }
}
