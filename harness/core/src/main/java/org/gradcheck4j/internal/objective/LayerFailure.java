package org.gradcheck4j.internal.objective;

/** The layer's own code threw: carries which method and the original exception. Internal. */
public final class LayerFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    LayerFailure(String method, Throwable cause) {
        super(method + " threw " + cause, cause);
    }
}
