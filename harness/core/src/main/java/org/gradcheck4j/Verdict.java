package org.gradcheck4j;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The outcome of a gradient check. The first four are numeric verdicts from the relative error;
 * the others say why no numeric verdict could be given. Only {@link #PASS}, {@link #MARGINAL} and
 * {@link #WARN} let a test pass; no non-numeric outcome ever does.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum Verdict {
    /** Relative error at or below the pass threshold (1e-7 by default). */
    PASS,
    /** Relative error at or below the warn threshold (1e-5 by default): passes, noted in reports. */
    MARGINAL,
    /** Relative error below the fail threshold (1e-3 by default): passes with a warning. */
    WARN,
    /** Relative error at or above the fail threshold: the backward pass is wrong. */
    FAIL,
    /**
     * The layer threw an exception during forward, backward or penalty, or produced something that is
     * not the tensor it should be (a gradient or output that is null, ragged, of another type or shape).
     */
    ERROR,
    /** NaN or infinity appeared in the cost or in a gradient. */
    NOT_FINITE,
    /** The cost differs between two evaluations at the same parameters. */
    NON_DETERMINISTIC,
    /**
     * The forward or backward pass changed the parameters or replaced a parameter tensor with another
     * object, or backward accumulated into its gradients.
     */
    STATE_CHANGED,
    /** The layer did not finish within the check's time limit. */
    TIMEOUT;

    /** {@return whether this verdict comes from comparing gradients (PASS, MARGINAL, WARN or FAIL)} */
    public boolean isNumeric() {
        return ordinal() <= FAIL.ordinal();
    }

    /**
     * {@return whether a test with this verdict passes: PASS, MARGINAL and, unless {@code strict}, WARN}
     *
     * @param strict whether WARN fails
     */
    public boolean passes(boolean strict) {
        return this == PASS || this == MARGINAL || (this == WARN && !strict);
    }

    /**
     * {@return the worse of this verdict and {@code other}; non-numeric outcomes are worse than FAIL}
     *
     * @param other another verdict
     */
    public Verdict worse(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
