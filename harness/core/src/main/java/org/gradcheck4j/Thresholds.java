package org.gradcheck4j;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.gradcheck4j.annotation.GradChecked;

/**
 * The relative-error thresholds of a check: at most {@code pass} is PASS, at most {@code warn} is
 * MARGINAL, below {@code fail} is WARN, and anything else is FAIL.
 *
 * @param pass the largest relative error that passes cleanly
 * @param warn the largest relative error that is MARGINAL
 * @param fail the smallest relative error that fails
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Thresholds(double pass, double warn, double fail) {

    /** The course's thresholds for double precision: 1e-7, 1e-5 and 1e-3. */
    public static final Thresholds DEFAULT =
            new Thresholds(GradChecked.DEFAULT_PASS, GradChecked.DEFAULT_WARN, GradChecked.DEFAULT_FAIL);

    /**
     * Thresholds for float (single-precision) tensors: 1e-4, 1e-3 and 1e-2. A float cost carries a
     * rounding error near 6e-8 · |J|, so with the float step of 1e-2 the numeric derivative of a
     * correct layer is only good to about 1e-5 relative, and sums over many terms lose more; a
     * wrong sign, transpose or missing term still gives errors near 1e-1 to 1.
     */
    public static final Thresholds FLOAT =
            new Thresholds(1e-4, 1e-3, 1e-2);

    /**
     * Validates the thresholds.
     *
     * @param pass the largest relative error that passes cleanly
     * @param warn the largest relative error that is MARGINAL
     * @param fail the smallest relative error that fails
     * @throws IllegalArgumentException unless 0 &lt; pass ≤ warn ≤ fail
     */
    public Thresholds {
        if (!(pass > 0 && pass <= warn && warn <= fail)) {
            throw new IllegalArgumentException("Thresholds must satisfy 0 < pass <= warn <= fail, got pass="
                    + pass + ", warn=" + warn + ", fail=" + fail);
        }
    }

    /**
     * {@return the verdict for a relative error; NaN is {@link Verdict#NOT_FINITE}}
     *
     * @param relativeError a relative error, 0 or more, or NaN
     */
    public Verdict classify(double relativeError) {
        if (Double.isNaN(relativeError)) {
            return Verdict.NOT_FINITE;
        }
        if (relativeError <= pass) {
            return Verdict.PASS;
        }
        if (relativeError <= warn) {
            return Verdict.MARGINAL;
        }
        return relativeError < fail ? Verdict.WARN : Verdict.FAIL;
    }
}
