package org.gradcheck4j.internal.objective;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** The layer's own code threw: carries which method and the original exception. Internal. */
@API(status = INTERNAL, since = "0.1.0")
public final class LayerFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    LayerFailure(String method, Throwable cause) {
        super(method + " threw " + cause, cause);
    }
}
