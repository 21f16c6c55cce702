package org.gradcheck4j.internal.diagnosis;

import java.util.ArrayList;
import java.util.List;

/** Which components of a tensor are wrong, and how to name them. Internal. */
final class ComponentPatterns {

    private static final int NAMED = 5;

    private ComponentPatterns() {
    }

    /** The largest |a| or |n| over the usable components. */
    static double scale(TensorEvidence t) {
        double scale = 0;
        for (int i = 0; i < t.size(); i++) {
            if (Vectors.usable(t.analytic()[i], t.numeric()[i])) {
                scale = Math.max(scale, Math.max(Math.abs(t.analytic()[i]), Math.abs(t.numeric()[i])));
            }
        }
        return scale;
    }

    /**
     * The usable components whose own relative error and whose share of the tensor's scale both
     * reach {@code tolerance}.
     */
    static List<Integer> wrongComponents(TensorEvidence t, double tolerance) {
        double scale = scale(t);
        List<Integer> wrong = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            double a = t.analytic()[i];
            double n = t.numeric()[i];
            double d = Math.abs(a - n);
            if (Vectors.usable(a, n) && d > 0 && d >= tolerance * (Math.abs(a) + Math.abs(n)) && d >= tolerance * scale) {
                wrong.add(i);
            }
        }
        return wrong;
    }

    /** The names of the first few of {@code indices}, then "…". */
    static String names(TensorEvidence t, List<Integer> indices) {
        List<String> names = indices.stream().limit(NAMED).map(t::element).toList();
        return String.join(", ", names) + (indices.size() > NAMED ? ", …" : "");
    }
}
