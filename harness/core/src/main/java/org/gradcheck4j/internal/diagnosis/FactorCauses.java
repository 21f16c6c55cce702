package org.gradcheck4j.internal.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Names the likely cause of a constant factor k between analytic and numeric gradients: a batch
 * size m read from the inputs' shapes (k ≈ m: a missing 1/m), a keep probability in effect (the
 * dropout scale), or a factor of 2. Internal.
 */
final class FactorCauses {

    private FactorCauses() {
    }

    /** Every recognised cause of {@code k} (a ≈ k·n), empty when none fits. */
    static List<String> of(double k, Evidence evidence) {
        double tolerance = evidence.match();
        List<String> causes = new ArrayList<>();
        for (double p : evidence.keepProbs()) {
            if (Factors.near(k, p, tolerance)) {
                causes.add("k ≈ keepProb = " + Phrases.num(p) + ": the 1/keepProb of inverted dropout is missing"
                        + " in backward");
            } else if (Factors.near(k, 1 / p, tolerance)) {
                causes.add("k ≈ 1/keepProb = " + Phrases.num(1 / p) + ": the dropout scale is applied once too"
                        + " often in backward");
            }
        }
        for (Map.Entry<Integer, List<String>> e : dimensions(evidence).entrySet()) {
            int m = e.getKey();
            String where = ", a dimension of input " + Phrases.list(e.getValue());
            if (Factors.near(k, m, tolerance)) {
                causes.add("k ≈ " + m + where + ": likely a missing 1/m (batch size m = " + m + ")");
            } else if (Factors.near(k, 1.0 / m, tolerance)) {
                causes.add("k ≈ 1/" + m + where + ": likely 1/m applied twice (batch size m = " + m + ")");
            }
        }
        if (Factors.near(k, 2, tolerance)) {
            causes.add("k ≈ 2: a term counted twice, or the derivative of ½x² taken as 2x");
        } else if (Factors.near(k, 0.5, tolerance)) {
            causes.add("k ≈ ½: the 2 of d(x²)/dx = 2x dropped, or a ½ applied twice");
        }
        return causes;
    }

    /** Every dimension of at least 2 among the inputs, with the inputs that have it ({@code x [4, 6]}). */
    private static Map<Integer, List<String>> dimensions(Evidence evidence) {
        Map<Integer, List<String>> dims = new TreeMap<>();
        for (Evidence.Input input : evidence.inputs()) {
            for (int m : input.shape().stream().distinct().toList()) {
                if (m >= 2) {
                    dims.computeIfAbsent(m, d -> new ArrayList<>()).add(input.name() + " " + input.shape());
                }
            }
        }
        return dims;
    }
}
