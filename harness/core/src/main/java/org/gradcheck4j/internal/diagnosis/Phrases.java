package org.gradcheck4j.internal.diagnosis;

import java.util.List;
import java.util.Locale;
import org.gradcheck4j.internal.message.FailureMessage;

/** How the hints write numbers and lists. Internal. */
final class Phrases {

    private Phrases() {
    }

    /** A factor with four significant digits: {@code -1.000}, {@code 6.000}, {@code 0.1667}. */
    static String factor(double k) {
        double abs = Math.abs(k);
        return abs >= 1e-3 && abs < 1e5 ? String.format(Locale.ROOT, "%.4g", k) : String.format(Locale.ROOT, "%.3e", k);
    }

    /** A number as the failure message writes it. */
    static String num(double x) {
        return FailureMessage.num(x);
    }

    /** "dJ/dW" for one tensor, "the gradients of W[0] and W[1]" for several. */
    static String gradients(List<String> names) {
        return names.size() == 1 ? "dJ/d" + names.get(0) : "the gradients of " + list(names);
    }

    /** "W, b and x". */
    static String list(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
