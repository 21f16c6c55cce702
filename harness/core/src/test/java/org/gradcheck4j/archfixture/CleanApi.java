package org.gradcheck4j.archfixture;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.gradcheck4j.archfixture.internal.Hidden;

/** Uses an internal type, but only where users cannot see it. */
@API(status = STABLE, since = "0.1.0")
public class CleanApi {

    private final Hidden hidden = new Hidden();

    /** @return a name */
    public String name() {
        return helper().toString();
    }

    Hidden helper() {
        return hidden;
    }
}
