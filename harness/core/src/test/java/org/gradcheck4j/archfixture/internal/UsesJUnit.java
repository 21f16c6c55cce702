package org.gradcheck4j.archfixture.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.junit.jupiter.api.Assertions;

/** Planted: an engine class that calls JUnit. */
@API(status = INTERNAL, since = "0.1.0")
public final class UsesJUnit {

    void check(double error) {
        Assertions.assertTrue(error < 1e-3);
    }
}
