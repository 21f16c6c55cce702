package org.gradcheck4j.archfixture.internal;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Planted: an internal type that claims to be stable. */
@API(status = STABLE, since = "0.1.0")
public final class MarkedStable {
}
