package org.gradcheck4j.nd4j.api.planted.internal;

/** Planted for ApiStatusTests: a type of an internal package without {@code @API}. */
public final class UnmarkedInternal {
}
