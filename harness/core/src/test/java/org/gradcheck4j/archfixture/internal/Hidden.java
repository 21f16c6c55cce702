package org.gradcheck4j.archfixture.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** An internal type, correctly marked. */
@API(status = INTERNAL, since = "0.1.0")
public final class Hidden {
}
