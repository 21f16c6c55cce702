package org.gradcheck4j;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * One component of a gradient: its name ({@code W[2,3]}), the analytic value from the backward
 * pass, the numeric value from finite differences, and their own relative error
 * {@code |a − n| / (|a| + |n|)}.
 *
 * @param name the component's name, the tensor's name with the element's indices
 * @param index the component's row-major index within its tensor
 * @param analytic the value the backward pass computed
 * @param numeric the finite-difference estimate
 * @param relativeError the component's own relative error (0 when both values are 0)
 * @param kink whether the component's perturbation crossed a non-differentiable point
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public record ComponentResult(String name, int index, double analytic, double numeric,
                              double relativeError, boolean kink) {

    /** {@return the absolute difference {@code |analytic − numeric|}} */
    public double absoluteError() {
        return Math.abs(analytic - numeric);
    }
}
