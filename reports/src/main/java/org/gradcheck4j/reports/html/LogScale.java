package org.gradcheck4j.reports.html;

/**
 * Maps positive values on a log₁₀ scale between {@code 10^low} and {@code 10^high} to pixels
 * between {@code from} and {@code to} (which may run backwards, as a y axis does). Zero and values
 * below the range sit at its low end.
 */
record LogScale(int low, int high, double from, double to) {

    LogScale {
        if (low >= high) {
            throw new IllegalArgumentException("empty log range 1e" + low + " .. 1e" + high);
        }
    }

    double at(double value) {
        double exponent = value > 0 ? Math.log10(value) : low;
        double clamped = Math.max(low, Math.min(high, exponent));
        return from + (clamped - low) / (high - low) * (to - from);
    }

    /** The lowest power of ten at or below the smallest positive value, and no higher than {@code cap}. */
    static int floorExponent(double cap, double... values) {
        double min = cap;
        for (double v : values) {
            if (v > 0 && v < min) {
                min = v;
            }
        }
        return (int) Math.floor(Math.log10(min));
    }
}
