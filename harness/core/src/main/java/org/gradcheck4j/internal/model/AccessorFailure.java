package org.gradcheck4j.internal.model;

/** A {@code @Param} or {@code @Grad} accessor method threw: carries which and the original exception. Internal. */
public final class AccessorFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    AccessorFailure(String member, Throwable cause) {
        super(member + " threw " + cause, cause);
    }
}
