package org.gradcheck4j.internal.differences;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.function.DoubleSupplier;
import org.apiguardian.api.API;

/**
 * The evaluations of J that a check spends on examining disagreements beyond its first pass: the
 * smoothness and kink examination ({@link KinkExamination}) and the re-examination with Richardson
 * extrapolation, in every mode. Counted by wrapping the cost that those examinations evaluate.
 * Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ExaminationCost {

    private long evaluations;

    /**
     * {@return {@code cost}, counting each evaluation as one of an examination}
     *
     * @param cost J at the current θ
     */
    public DoubleSupplier counting(DoubleSupplier cost) {
        return () -> {
            evaluations++;
            return cost.getAsDouble();
        };
    }

    /** {@return the evaluations counted so far} */
    public long evaluations() {
        return evaluations;
    }
}
