package org.gradcheck4j.reports.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * One of the worst components of a tensor.
 *
 * @param name the component's name with its indices, e.g. {@code W[2,3]}
 * @param index the row-major index within its tensor
 * @param analytic the value the backward pass computed
 * @param numeric the finite-difference estimate
 * @param relativeError {@code |a − n| / (|a| + |n|)}
 * @param kink whether the perturbation crossed a non-differentiable point
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ComponentRecord(String name, int index, double analytic, double numeric, double relativeError,
                              boolean kink) {

    /** Replaces a missing name (from an older or hand-edited file) by the empty string. */
    public ComponentRecord {
        name = name == null ? "" : name;
    }
}
