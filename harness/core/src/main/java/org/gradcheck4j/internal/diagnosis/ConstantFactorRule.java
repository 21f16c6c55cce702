package org.gradcheck4j.internal.diagnosis;

import java.util.ArrayList;
import java.util.List;

/**
 * The analytic gradient is the numeric one times a constant: {@code a ≈ k·n} with k neither 1 nor
 * −1 (a missing 1/m, a factor of 2, a keep probability). Tensors with the same k are reported
 * together. A tensor with fewer than {@link #MIN_COMPONENTS} components fits any k, so for it only
 * a recognised factor is reported. Internal.
 */
final class ConstantFactorRule implements HintRule {

    static final String ID = "constant-factor";
    static final int MIN_COMPONENTS = 3;

    private record Fitted(TensorEvidence tensor, Fit fit) {
    }

    @Override
    public List<Finding> findings(Evidence evidence) {
        List<List<Fitted>> groups = new ArrayList<>();
        for (TensorEvidence t : evidence.wrongTensors()) {
            Fit fit = Fit.of(t.analytic(), t.numeric());
            if (applies(fit, evidence)) {
                group(groups, new Fitted(t, fit), evidence.match());
            }
        }
        List<Finding> found = new ArrayList<>();
        for (List<Fitted> g : groups) {
            double k = g.get(0).fit().k();
            List<String> causes = FactorCauses.of(k, evidence);
            int components = g.stream().mapToInt(f -> f.fit().count()).sum();
            if (components >= MIN_COMPONENTS || !causes.isEmpty()) {
                found.add(finding(g, k, causes));
            }
        }
        return found;
    }

    private static boolean applies(Fit fit, Evidence evidence) {
        double tolerance = evidence.match();
        return fit.holds(tolerance) && fit.k() != 0 && !Factors.near(fit.k(), 1, tolerance)
                && !Factors.near(fit.k(), -1, tolerance);
    }

    private static void group(List<List<Fitted>> groups, Fitted f, double tolerance) {
        for (List<Fitted> g : groups) {
            if (Factors.near(f.fit().k(), g.get(0).fit().k(), tolerance)) {
                g.add(f);
                return;
            }
        }
        List<Fitted> g = new ArrayList<>();
        g.add(f);
        groups.add(g);
    }

    private static Finding finding(List<Fitted> g, double k, List<String> causes) {
        List<String> names = g.stream().map(f -> f.tensor().name()).toList();
        double residual = g.stream().mapToDouble(f -> f.fit().residual()).max().orElse(0);
        String where = g.size() == 1 ? "over " + g.get(0).tensor().components() + " of " + names.get(0) + " ("
                : "in each of " + Phrases.list(names) + " (" + g.stream().mapToInt(f -> f.fit().count()).sum()
                + " components, ";
        String cause = causes.isEmpty() ? "k = " + Phrases.factor(k) + " matches no usual cause; look for a"
                + " stray scale (a learning rate, a temperature, a wrong normaliser)" : String.join("; or ", causes);
        return Finding.explanation(ID, names, "constant factor: a ≈ " + Phrases.factor(k) + "·n " + where
                + "relative residual " + Phrases.num(residual) + "): " + cause + ".");
    }
}
