package org.gradcheck4j.internal.diagnosis;

import java.util.ArrayList;
import java.util.List;
import org.gradcheck4j.internal.diagnosis.FactorGroups.Fitted;

/**
 * The analytic gradient is the numeric one times a constant: {@code a ≈ k·n} with k neither 1 nor
 * −1 (a missing 1/m, a factor of 2, a keep probability). Tensors with the same k are reported
 * together. A tensor with fewer than {@link #MIN_COMPONENTS} components fits any k, so for it only
 * a recognised factor is reported. Internal.
 */
final class ConstantFactorRule implements HintRule {

    static final String ID = "constant-factor";
    static final int MIN_COMPONENTS = 3;

    @Override
    public List<Finding> findings(Evidence evidence) {
        List<Fitted> fitted = new ArrayList<>();
        for (TensorEvidence t : evidence.wrongTensors()) {
            Fit fit = Fit.of(t.analytic(), t.numeric());
            if (applies(fit, evidence)) {
                fitted.add(new Fitted(t, fit));
            }
        }
        List<Finding> found = new ArrayList<>();
        for (List<Fitted> g : FactorGroups.of(fitted, evidence.match())) {
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

    private static Finding finding(List<Fitted> g, double k, List<String> causes) {
        List<String> names = FactorGroups.names(g);
        double residual = FactorGroups.residual(g);
        String where = FactorGroups.where(g);
        String cause = causes.isEmpty() ? "k = " + Phrases.factor(k) + " matches no usual cause; look for a"
                + " stray scale (a learning rate, a temperature, a wrong normaliser)" : String.join("; or ", causes);
        return Finding.explanation(ID, names, "constant factor: a ≈ " + Phrases.factor(k) + "·n " + where
                + "relative residual " + Phrases.num(residual) + "): " + cause + ".");
    }
}
