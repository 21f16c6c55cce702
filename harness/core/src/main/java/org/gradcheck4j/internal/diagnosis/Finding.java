package org.gradcheck4j.internal.diagnosis;

import java.util.List;
import org.gradcheck4j.Hint;

/**
 * What one rule found: the hint, the tensors it is about, and whether it explains the values of
 * those tensors (a cause such as a flipped sign, of which one per tensor is enough) or only says
 * where the bug is (a location, which can stand beside an explanation). Internal.
 *
 * @param hint the hint to report
 * @param tensors the tensors the hint is about
 * @param explains whether the hint explains the tensors' values rather than locating the bug
 */
record Finding(Hint hint, List<String> tensors, boolean explains) {

    Finding {
        tensors = List.copyOf(tensors);
    }

    /** An explanation of the values of the tensors {@code tensors}. */
    static Finding explanation(String rule, List<String> tensors, String message) {
        return new Finding(new Hint(rule, tensors.size() == 1 ? tensors.get(0) : "", message), tensors, true);
    }

    /** A statement of where the bug is, about {@code tensor} (empty for the whole check). */
    static Finding location(String rule, String tensor, String message) {
        return new Finding(new Hint(rule, tensor, message), tensor.isEmpty() ? List.of() : List.of(tensor), false);
    }
}
