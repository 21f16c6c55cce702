package org.gradcheck4j.internal.objective;

/** NaN or infinity appeared in the cost or a gradient; the message names where. Internal. */
public final class NotFinite extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFinite(String message) {
        super(message);
    }
}
