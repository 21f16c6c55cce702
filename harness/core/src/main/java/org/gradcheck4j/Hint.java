package org.gradcheck4j;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * A likely cause of a wrong gradient, recognised from the pattern of analytic against numeric
 * values (a flipped sign, a constant factor such as a missing 1/m, a missing L2 term, a transpose,
 * one row or element wrong, an input gradient wrong while the parameters are right).
 *
 * @param rule a short stable identifier of the rule that fired, e.g. {@code sign-flipped}
 * @param tensor the tensor the hint is about, or empty when it is about the whole check
 * @param message the hint as a sentence, with its evidence
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public record Hint(String rule, String tensor, String message) {
}
