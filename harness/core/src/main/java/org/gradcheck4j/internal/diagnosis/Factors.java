package org.gradcheck4j.internal.diagnosis;

/** Comparisons of fitted factors with the values they are recognised as. Internal. */
final class Factors {

    /** The relative distance within which a fitted factor counts as a recognised value. */
    static final double FLOOR = 1e-3;

    private Factors() {
    }

    /** Whether {@code k} is {@code target} within a relative {@code max(FLOOR, tolerance)}. */
    static boolean near(double k, double target, double tolerance) {
        return Math.abs(k - target) <= Math.max(FLOOR, tolerance) * Math.abs(target);
    }
}
