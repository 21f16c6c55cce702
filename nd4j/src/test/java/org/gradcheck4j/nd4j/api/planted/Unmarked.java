package org.gradcheck4j.nd4j.api.planted;

/** Planted for ApiStatusTests: a public type without {@code @API}. */
public final class Unmarked {
}
