package org.gradcheck4j.internal.diagnosis;

import java.util.ArrayList;
import java.util.List;

/**
 * The analytic gradient of a square matrix is the transpose of the numeric one: {@code a ≈ nᵀ}
 * (a non-square transpose would have the wrong shape and is rejected before any check). Internal.
 */
final class TransposedRule implements HintRule {

    static final String ID = "transposed";

    @Override
    public List<Finding> findings(Evidence evidence) {
        List<Finding> found = new ArrayList<>();
        for (TensorEvidence t : evidence.wrongTensors()) {
            if (!t.squareMatrix()) {
                continue;
            }
            int n = t.shape()[0];
            double error = Vectors.relativeError(t.analytic(), Vectors.transpose(t.numeric(), n, n));
            if (error <= evidence.match()) {
                found.add(Finding.explanation(ID, List.of(t.name()), "dJ/d" + t.name() + " is transposed: a ≈ nᵀ over "
                        + t.components() + " (relative error " + Phrases.num(error) + "). Look for x·dyᵀ written"
                        + " for dy·xᵀ, or the operands of a product swapped."));
            }
        }
        return found;
    }
}
