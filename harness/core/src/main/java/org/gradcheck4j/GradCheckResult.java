package org.gradcheck4j;

import java.util.List;
import java.util.Optional;
import org.gradcheck4j.internal.message.FailureMessage;

/**
 * The immutable result of one gradient check.
 *
 * @param layer the checked class's binary name
 * @param label what this check is and how to reproduce it (e.g. {@code seed=42 · after 20 steps}),
 *              empty when none was given
 * @param verdict the worst verdict over all tensors and θ as a whole, or a non-numeric outcome
 * @param relativeError the relative error of θ as a whole (NaN for a non-numeric outcome)
 * @param tensors each checked tensor's result, parameters in declaration order, then inputs
 * @param thresholds the thresholds the verdicts were taken with
 * @param epsilon the base finite-difference step (scaled per component by {@code max(1, |θ_i|)})
 * @param seed the seed of the random projection and of every {@code @RandomSource}
 * @param trainingSteps gradient-descent steps taken before the check
 * @param evaluations how many times the cost J was evaluated
 * @param diagnosis for a non-numeric outcome, what happened and its likely causes; otherwise empty
 * @param cause the exception the layer threw, for {@link Verdict#ERROR}
 * @param notes remarks on how the check was done (float precision, kinks, re-examinations)
 * @param epsilonSweep the relative error over a range of steps, for results that did not pass cleanly
 * @param hints likely causes of a wrong gradient, most specific first; empty when none applies
 * @param mode how the numeric gradient was obtained ({@link CheckMode#EXHAUSTIVE},
 *             {@link CheckMode#DIRECTIONAL} or {@link CheckMode#SAMPLED}, never AUTO)
 * @since 0.1.0
 */
public record GradCheckResult(String layer, String label, Verdict verdict, double relativeError,
                              List<TensorResult> tensors, Thresholds thresholds, double epsilon, long seed,
                              int trainingSteps, long evaluations, String diagnosis, Optional<Throwable> cause,
                              List<Note> notes, List<SweepPoint> epsilonSweep, List<Hint> hints,
                              CheckMode mode) {

    /** Copies the lists so that the record is immutable. */
    public GradCheckResult {
        tensors = List.copyOf(tensors);
        notes = List.copyOf(notes);
        epsilonSweep = List.copyOf(epsilonSweep);
        hints = List.copyOf(hints);
    }

    /** The result of the tensor called {@code name}, if it was checked. */
    public Optional<TensorResult> tensor(String name) {
        return tensors.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The tensors whose own verdict is FAIL, in order. */
    public List<TensorResult> failingTensors() {
        return tensors.stream().filter(t -> t.verdict() == Verdict.FAIL).toList();
    }

    /** Whether a test with this result passes (WARN fails too when {@code strict}). */
    public boolean passes(boolean strict) {
        return verdict.passes(strict);
    }

    /** A human-readable account: the verdict, the tensors, the worst components, how to reproduce. */
    public String message() {
        return FailureMessage.format(this);
    }
}
