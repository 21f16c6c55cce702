package org.gradcheck4j.reports.html;

import java.util.Locale;

/** Formats numbers for people: three significant digits, scientific notation when small or large. */
final class Numbers {

    private Numbers() {
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        if (value == 0) {
            return "0";
        }
        double abs = Math.abs(value);
        if (abs >= 1e-3 && abs < 1e4) {
            return stripZeros(String.format(Locale.ROOT, "%.4g", value));
        }
        String s = String.format(Locale.ROOT, "%.2e", value);
        int e = s.indexOf('e');
        String mantissa = stripZeros(s.substring(0, e));
        int exponent = Integer.parseInt(s.substring(e + 1));
        return mantissa + "e" + exponent;
    }

    private static String stripZeros(String s) {
        if (!s.contains(".")) {
            return s;
        }
        String t = s.replaceAll("0+$", "");
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
