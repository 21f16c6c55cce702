package org.gradcheck4j.reports.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * One point of an ε-sweep: the overall relative error at base step {@code epsilon}.
 *
 * @param epsilon the base finite-difference step
 * @param relativeError the relative error of θ as a whole at that step
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record SweepRecord(double epsilon, double relativeError) {
}
