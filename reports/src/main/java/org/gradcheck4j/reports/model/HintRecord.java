package org.gradcheck4j.reports.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A likely cause of a wrong gradient, as the harness recognised it.
 *
 * @param rule a short stable identifier, e.g. {@code sign-flipped}
 * @param tensor the tensor it is about, empty when about the whole check
 * @param message the hint as a sentence
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record HintRecord(String rule, String tensor, String message) {

    /** Replaces missing values by empty strings. */
    public HintRecord {
        rule = rule == null ? "" : rule;
        tensor = tensor == null ? "" : tensor;
        message = message == null ? "" : message;
    }
}
