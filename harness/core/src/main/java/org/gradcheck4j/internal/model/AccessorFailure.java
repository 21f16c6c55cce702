package org.gradcheck4j.internal.model;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** A {@code @Param} or {@code @Grad} accessor method threw: carries which and the original exception. Internal. */
@API(status = INTERNAL, since = "0.1.0")
public final class AccessorFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    AccessorFailure(String member, Throwable cause) {
        super(member + " threw " + cause, cause);
    }
}
