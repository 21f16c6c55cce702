package org.gradcheck4j.internal.diagnosis;

import static org.gradcheck4j.internal.diagnosis.Tensors.plus;
import static org.gradcheck4j.internal.diagnosis.Tensors.random;
import static org.gradcheck4j.internal.diagnosis.Tensors.scaled;
import static org.gradcheck4j.internal.diagnosis.Tensors.shape;

import java.util.Optional;
import org.gradcheck4j.TensorResult.Kind;

/** A weight tensor whose numeric gradient is a data part plus a penalty part, the penalty measured on its own. */
final class PenaltyRuleFixtures {

    static final double[] DATA = random(12, 1);
    static final double[] PENALTY = scaled(0.5, random(12, 2));

    private PenaltyRuleFixtures() {
    }

    /** W with analytic {@code dataFactor·n_data + penaltyFactor·n_pen} against n = n_data + n_pen. */
    static TensorEvidence weights(double dataFactor, double penaltyFactor) {
        double[] a = plus(scaled(dataFactor, DATA), scaled(penaltyFactor, PENALTY));
        return Tensors.tensor("W", Kind.PARAMETER, shape(3, 4), a, plus(DATA, PENALTY), random(12, 3),
                Optional.of(PENALTY));
    }

    /** W whose analytic gradient has an error that neither part explains. */
    static TensorEvidence weightsWithUnrelatedError() {
        double[] a = plus(plus(DATA, PENALTY), random(12, 4));
        return Tensors.tensor("W", Kind.PARAMETER, shape(3, 4), a, plus(DATA, PENALTY), random(12, 3),
                Optional.of(PENALTY));
    }
}
