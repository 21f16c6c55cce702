package org.gradcheck4j;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * How a check treats dropout, which would otherwise make the cost random.
 *
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public enum Dropout {
    /**
     * The default: freeze the mask when the layer has a {@code @RandomSource} (reseeded before
     * every evaluation, keep probabilities untouched), otherwise switch dropout off.
     */
    AUTO,
    /** Set every {@code @KeepProb} to 1.0 for the check, and restore it afterwards. */
    OFF,
    /** Keep the keep probabilities and reseed every {@code @RandomSource} before each evaluation. */
    FROZEN_MASK
}
