package org.gradcheck4j;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.gradcheck4j.internal.message.FailureMessage;

/**
 * The immutable result of one gradient check: a value, equal to another result with equal
 * components (tensors compared by content), printed as a one-line summary. Built with
 * {@link #builder(String, Verdict)}; {@link #message()} gives the full human-readable account.
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
 * @param reexaminationEvaluations how many of the {@code evaluations} went to examining disagreements
 *                                 beyond the first pass; see {@link #reexaminationEvaluations()}
 * @param diagnosis for a non-numeric outcome, what happened and its likely causes; otherwise empty
 * @param cause the exception the layer threw, for {@link Verdict#ERROR}; two results compare their
 *              causes by class name and message ({@code toString()}), as a result read back from
 *              JSON holds a recorded copy of the exception
 * @param notes remarks on how the check was done (float precision, kinks, re-examinations)
 * @param epsilonSweep the relative error of the worst components over a range of steps, for results
 *                     that did not pass
 * @param hints likely causes of a wrong gradient, most specific first; empty when none applies
 * @param mode how the numeric gradient was obtained ({@link CheckMode#EXHAUSTIVE},
 *             {@link CheckMode#DIRECTIONAL} or {@link CheckMode#SAMPLED}, never AUTO)
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record GradCheckResult(String layer, String label, Verdict verdict, double relativeError,
                              List<TensorResult> tensors, Thresholds thresholds, double epsilon, long seed,
                              int trainingSteps, long evaluations, long reexaminationEvaluations, String diagnosis,
                              Optional<Throwable> cause,
                              List<Note> notes, List<SweepPoint> epsilonSweep, List<Hint> hints,
                              CheckMode mode) {

    /**
     * Copies the lists so that the record is immutable; no component may be null.
     *
     * @param layer the checked class's binary name
     * @param label what this check is and how to reproduce it, empty when none was given
     * @param verdict the worst verdict over all tensors and θ as a whole, or a non-numeric outcome
     * @param relativeError the relative error of θ as a whole (NaN for a non-numeric outcome)
     * @param tensors each checked tensor's result, parameters in declaration order, then inputs. Not modified.
     * @param thresholds the thresholds the verdicts were taken with
     * @param epsilon the base finite-difference step
     * @param seed the seed of the random projection and of every {@code @RandomSource}
     * @param trainingSteps gradient-descent steps taken before the check
     * @param evaluations how many times the cost J was evaluated
     * @param reexaminationEvaluations how many of the {@code evaluations} went to examining
     *                                 disagreements beyond the first pass, between 0 and {@code evaluations}
     * @param diagnosis for a non-numeric outcome, what happened and its likely causes; otherwise empty
     * @param cause the exception the layer threw, for {@link Verdict#ERROR}
     * @param notes remarks on how the check was done. Not modified.
     * @param epsilonSweep the relative error over a range of steps. Not modified.
     * @param hints likely causes of a wrong gradient, most specific first. Not modified.
     * @param mode how the numeric gradient was obtained
     * @throws NullPointerException if a component, or an element of a list, is null
     * @throws IllegalArgumentException if {@code reexaminationEvaluations} is negative or more than
     *                                  {@code evaluations}
     */
    public GradCheckResult {
        if (reexaminationEvaluations < 0 || reexaminationEvaluations > evaluations) {
            throw new IllegalArgumentException("reexaminationEvaluations " + reexaminationEvaluations
                    + " is not between 0 and evaluations " + evaluations);
        }
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(diagnosis, "diagnosis");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(mode, "mode");
        tensors = List.copyOf(tensors);
        notes = List.copyOf(notes);
        epsilonSweep = List.copyOf(epsilonSweep);
        hints = List.copyOf(hints);
    }

    /**
     * A builder for the result of a check of {@code layer} with {@code verdict}; every other component
     * starts empty (no label, no tensors, notes, sweep or hints, no cause, an empty diagnosis), at 0
     * (seed, training steps, evaluations) or NaN (relative error, step), with the default thresholds
     * and the exhaustive mode.
     *
     * @param layer the checked class's binary name
     * @param verdict the result's verdict
     * @return a new builder
     * @throws NullPointerException if {@code layer} or {@code verdict} is null
     */
    @API(status = STABLE, since = "0.1.0")
    public static GradCheckResultBuilder builder(String layer, Verdict verdict) {
        return new GradCheckResultBuilder(layer, verdict);
    }

    /**
     * A builder that starts from this result's components, to make a changed copy.
     *
     * @return a new builder holding this result's components
     */
    @API(status = STABLE, since = "0.1.0")
    public GradCheckResultBuilder toBuilder() {
        return new GradCheckResultBuilder(this);
    }

    /**
     * How many of the {@link #evaluations()} of J went to examining disagreements beyond the first
     * pass: the smoothness and kink examination of components whose numeric value disagreed with the
     * analytic one (differences at smaller steps and at twice the step), and the re-examination of
     * tensors in doubt with Richardson extrapolation, in every mode. The rest went to the first pass
     * (2 per component checked, or per direction), J's state checks and the measurement of its noise,
     * the ε-sweep, the directional mode's localisation and the hints. A correct smooth layer costs 0
     * here; a failing one, a few components per failing tensor (its FAIL rests on them, see
     * {@link Note.Kind#WORST_EXAMINED}).
     *
     * @return the evaluations of J spent on examinations, between 0 and {@link #evaluations()}
     */
    @API(status = STABLE, since = "0.1.0")
    @Override
    public long reexaminationEvaluations() {
        return reexaminationEvaluations;
    }

    /**
     * The result of the tensor called {@code name}, if it was checked.
     *
     * @param name the tensor's name, as in {@link TensorResult#name()}
     * @return the first tensor with that name, or empty if none was checked
     */
    public Optional<TensorResult> tensor(String name) {
        return tensors.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * The tensors whose own verdict is FAIL, in order.
     *
     * @return an immutable list of the failing tensors, empty when none failed
     */
    public List<TensorResult> failingTensors() {
        return tensors.stream().filter(t -> t.verdict() == Verdict.FAIL).toList();
    }

    /**
     * Whether a test with this result passes (WARN fails too when {@code strict}).
     *
     * @param strict whether a WARN verdict counts as a failure
     * @return true if the verdict passes under that strictness
     */
    public boolean passes(boolean strict) {
        return verdict.passes(strict);
    }

    /**
     * Whether the layer's parameters and inputs were left as the check found them. False only when a
     * check that timed out was stuck in a forward or backward pass that never returned while a
     * component was perturbed; the {@link Note.Kind#PERTURBED} note then names the components.
     *
     * @return true unless a {@link Note.Kind#PERTURBED} note is present
     */
    @API(status = STABLE, since = "0.1.0")
    public boolean layerRestored() {
        return notes.stream().noneMatch(n -> n.kind() == Note.Kind.PERTURBED);
    }

    /**
     * A human-readable account: the verdict, the tensors, the worst components, how to reproduce.
     *
     * @return the multi-line message
     */
    public String message() {
        return FailureMessage.format(this);
    }

    /**
     * Equal to another result with equal components; the causes are compared by their
     * {@code toString()} (class name and message), not by identity.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof GradCheckResult o && layer.equals(o.layer) && label.equals(o.label)
                && verdict == o.verdict && Double.compare(relativeError, o.relativeError) == 0
                && tensors.equals(o.tensors) && thresholds.equals(o.thresholds)
                && Double.compare(epsilon, o.epsilon) == 0 && seed == o.seed && trainingSteps == o.trainingSteps
                && evaluations == o.evaluations && reexaminationEvaluations == o.reexaminationEvaluations
                && diagnosis.equals(o.diagnosis) && causeText().equals(o.causeText())
                && notes.equals(o.notes) && epsilonSweep.equals(o.epsilonSweep) && hints.equals(o.hints)
                && mode == o.mode;
    }

    @Override
    public int hashCode() {
        return Objects.hash(layer, label, verdict, relativeError, tensors, thresholds, epsilon, seed, trainingSteps,
                evaluations, reexaminationEvaluations, diagnosis, causeText(), notes, epsilonSweep, hints, mode);
    }

    private Optional<String> causeText() {
        return cause.map(Throwable::toString);
    }

    /** A one-line summary: layer, label, verdict, error, each tensor's verdict, mode and counts. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("GradCheckResult[").append(layer);
        if (!label.isEmpty()) {
            sb.append(" (").append(label).append(')');
        }
        sb.append(", ").append(verdict).append(", relativeError=").append(relativeError).append(", tensors=[");
        for (int i = 0; i < tensors.size(); i++) {
            TensorResult t = tensors.get(i);
            sb.append(i == 0 ? "" : ", ").append(t.name()).append(' ').append(t.verdict()).append(' ')
                    .append(t.relativeError());
        }
        sb.append("], ").append(mode).append(", epsilon=").append(epsilon).append(", seed=").append(seed)
                .append(", evaluations=").append(evaluations)
                .append(", reexaminationEvaluations=").append(reexaminationEvaluations).append(", notes=").append(notes.size())
                .append(", hints=").append(hints.size());
        cause.ifPresent(c -> sb.append(", cause=").append(c));
        return sb.append(']').toString();
    }
}
