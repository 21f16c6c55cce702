package org.gradcheck4j;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * One point of an ε-sweep: the relative error, over the components the check found worst (at most
 * eight; a {@link Note.Kind#SWEEP} note names them), when their numeric gradient is taken with base
 * step {@code epsilon}. A correct gradient draws a V over ε (truncation error falls as ε², rounding
 * error rises as 1/ε); a wrong one stays flat and high.
 *
 * @param epsilon the base step
 * @param relativeError the relative error of the swept components at that step
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public record SweepPoint(double epsilon, double relativeError) {
}
