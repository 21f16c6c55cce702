package org.gradcheck4j.reports.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The three relative-error thresholds a check was judged by.
 *
 * @param pass at most this is PASS
 * @param warn at most this is MARGINAL
 * @param fail at least this is FAIL (below it, WARN)
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ThresholdRecord(double pass, double warn, double fail) {

    /** The course's defaults for double precision: 1e-7, 1e-5 and 1e-3. */
    public static final ThresholdRecord DEFAULT = new ThresholdRecord(1e-7, 1e-5, 1e-3);
}
