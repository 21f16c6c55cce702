package org.gradcheck4j.internal.objective;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * A request that a check stop, shared by every {@link Objective} of the check (the checked layer's
 * and its parallel replicas'). Each evaluation of J begins with {@link #checkpoint()}, so a
 * requested stop takes effect at the next evaluation boundary: the perturbation in progress is
 * undone by the {@code finally} that restores it, and nothing touches the layer afterwards.
 * Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Cancellation {

    private volatile boolean requested;

    /** Asks the check to stop at its next evaluation of J. */
    public void request() {
        requested = true;
    }

    /** Whether a stop was requested. */
    public boolean requested() {
        return requested;
    }

    /**
     * Returns when no stop was requested.
     *
     * @throws Cancelled when one was
     */
    void checkpoint() {
        if (requested) {
            throw new Cancelled();
        }
    }

    /** Thrown at the evaluation boundary after a stop was requested. Internal. */
    public static final class Cancelled extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("the check was stopped at an evaluation boundary", null, false, false);
        }
    }
}
