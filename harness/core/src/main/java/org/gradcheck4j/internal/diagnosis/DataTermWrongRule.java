package org.gradcheck4j.internal.diagnosis;

import java.util.ArrayList;
import java.util.List;

/**
 * With the penalty checked separately: the error is not explained by the penalty's gradient, so the
 * data term's gradient is wrong. When the penalty's part is taken as right and the rest fits
 * {@code a − n_pen ≈ k·n_data}, the factor is named too. Internal.
 */
final class DataTermWrongRule implements HintRule {

    static final String ID = "data-term-wrong";

    @Override
    public List<Finding> findings(Evidence evidence) {
        List<Finding> found = new ArrayList<>();
        double tolerance = evidence.match();
        for (TensorEvidence t : evidence.wrongTensors()) {
            PenaltySplit.of(t, evidence).ifPresent(split -> {
                if (!explainedByPenalty(t, split, tolerance)) {
                    Fit dataFit = Fit.of(Vectors.minus(t.analytic(), split.penalty()), split.data());
                    found.add(Finding.explanation(ID, List.of(t.name()), message(t, split, dataFit, evidence)));
                }
            });
        }
        return found;
    }

    /** Whether {@code a ≈ n_data + k·n_pen} for the best k (0 included): the penalty's part explains the error. */
    private static boolean explainedByPenalty(TensorEvidence t, PenaltySplit split, double tolerance) {
        Fit fit = Fit.of(Vectors.minus(t.analytic(), split.data()), split.penalty());
        double k = Double.isNaN(fit.k()) ? 0 : fit.k();
        double[] model = new double[t.size()];
        for (int i = 0; i < model.length; i++) {
            model[i] = split.data()[i] + k * split.penalty()[i];
        }
        return Vectors.relativeError(t.analytic(), model) <= tolerance;
    }

    private static String message(TensorEvidence t, PenaltySplit split, Fit dataFit, Evidence evidence) {
        String head = "the data term's gradient of " + t.name() + " is wrong, not the @Penalty's: n − a is not"
                + " explained by the gradient of " + split.method() + "(), checked separately (norm "
                + Phrases.num(Vectors.norm(split.penalty())) + ")";
        String tail = ". Check the data term alone with λ = 0.";
        double tolerance = evidence.match();
        if (!dataFit.holds(tolerance) || Factors.near(dataFit.k(), 1, tolerance)) {
            return head + tail;
        }
        List<String> causes = new ArrayList<>();
        if (Factors.near(dataFit.k(), -1, tolerance)) {
            causes.add("its sign is flipped");
        }
        causes.addAll(FactorCauses.of(dataFit.k(), evidence));
        return head + "; with the penalty's part taken as right, a − n_pen ≈ " + Phrases.factor(dataFit.k())
                + "·n_data (relative residual " + Phrases.num(dataFit.residual()) + ")"
                + (causes.isEmpty() ? "" : ": " + String.join("; or ", causes)) + tail;
    }
}
