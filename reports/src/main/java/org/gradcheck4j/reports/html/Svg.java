package org.gradcheck4j.reports.html;

import java.util.Locale;

/** Small helpers for coordinates in SVG attributes. */
final class Svg {

    private Svg() {
    }

    /** A coordinate with at most one decimal, in the ROOT locale. */
    static String px(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** The fill colour of a verdict band, matching the CSS classes of the report. */
    static String fill(String verdictClass) {
        return switch (verdictClass) {
            case "pass" -> "#a5d6a7";
            case "marginal" -> "#fff176";
            case "warn" -> "#ffb74d";
            case "fail" -> "#e53935";
            default -> "#424242";
        };
    }
}
