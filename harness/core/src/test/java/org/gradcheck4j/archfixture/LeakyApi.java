package org.gradcheck4j.archfixture;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.gradcheck4j.archfixture.internal.Hidden;

/** Planted: an API type whose public method returns an internal type. */
@API(status = STABLE, since = "0.1.0")
public class LeakyApi {

    /** @return the leak */
    public Hidden hidden() {
        return new Hidden();
    }
}
