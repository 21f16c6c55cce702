package org.gradcheck4j.nd4j.api.planted;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Planted for ApiStatusTests: a public type with its status, which no rule reports. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Documented {
}
