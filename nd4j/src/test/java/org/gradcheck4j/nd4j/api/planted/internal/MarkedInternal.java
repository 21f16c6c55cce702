package org.gradcheck4j.nd4j.api.planted.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** Planted for ApiStatusTests: an internal type marked as it should be, which no rule reports. */
@API(status = INTERNAL, since = "0.1.0")
public final class MarkedInternal {
}
