package org.gradcheck4j.nd4j.api.planted.internal;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Planted for ApiStatusTests: a type of an internal package that claims to be STABLE. */
@API(status = STABLE, since = "0.1.0")
public final class MarkedStable {
}
