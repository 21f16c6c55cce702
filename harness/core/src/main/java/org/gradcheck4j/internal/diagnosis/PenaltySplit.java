package org.gradcheck4j.internal.diagnosis;

import java.util.Optional;

/**
 * A tensor's numeric gradient split into the penalty's part, measured on its own, and the data
 * term's part {@code n_data = n − n_pen}. Present only when the layer has a {@code @Penalty} whose
 * gradient for this tensor is not negligible. Internal.
 *
 * @param method the {@code @Penalty} method's name
 * @param penalty the numeric gradient of the penalty alone
 * @param data the numeric gradient of the data term, {@code n − n_pen}
 */
record PenaltySplit(String method, double[] penalty, double[] data) {

    /** The split of {@code t}, when the penalty's gradient for it exceeds the match tolerance. */
    static Optional<PenaltySplit> of(TensorEvidence t, Evidence evidence) {
        if (evidence.penaltyMethod().isEmpty() || t.penalty().isEmpty()) {
            return Optional.empty();
        }
        double[] pen = t.penalty().get();
        if (!(Vectors.norm(pen) > evidence.match() * Vectors.norm(t.numeric()))) {
            return Optional.empty();
        }
        return Optional.of(new PenaltySplit(evidence.penaltyMethod().get(), pen, Vectors.minus(t.numeric(), pen)));
    }
}
