package org.gradcheck4j.internal.objective;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** NaN or infinity appeared in the cost or a gradient; the message names where. Internal. */
@API(status = INTERNAL, since = "0.1.0")
public final class NotFinite extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFinite(String message) {
        super(message);
    }
}
