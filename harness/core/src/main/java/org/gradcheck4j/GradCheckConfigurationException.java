package org.gradcheck4j;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Thrown when a class cannot be checked as annotated: a missing {@code @Forward} or
 * {@code @Backward}, a {@code @Grad} that names no {@code @Param}, shapes that differ, a tensor type
 * nobody understands. The message names the class, the member and the fix.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public class GradCheckConfigurationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a class and one of its members.
     *
     * @param type the checked class
     * @param member the field or method at fault, as the user wrote it (e.g. {@code @Grad dW})
     * @param problem what is wrong
     * @param fix what to do about it
     */
    public GradCheckConfigurationException(Class<?> type, String member, String problem, String fix) {
        super(type.getName() + " cannot be gradient-checked: " + member + ": " + problem + ". Fix: " + fix + ".");
    }

    /**
     * Creates the exception with a complete message and a cause.
     *
     * @param message the whole message
     * @param cause the underlying problem
     */
    public GradCheckConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
