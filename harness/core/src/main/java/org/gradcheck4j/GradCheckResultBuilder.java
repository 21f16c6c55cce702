package org.gradcheck4j;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Builds a {@link GradCheckResult}: start with {@link GradCheckResult#builder(String, Verdict)} (or
 * {@link GradCheckResult#toBuilder()}), set what differs from the defaults, then {@link #build()}.
 * Each setter replaces the component and returns this builder; none accepts null.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class GradCheckResultBuilder {

    private String layer;
    private String label = "";
    private Verdict verdict;
    private double relativeError = Double.NaN;
    private List<TensorResult> tensors = List.of();
    private Thresholds thresholds = Thresholds.DEFAULT;
    private double epsilon = Double.NaN;
    private long seed;
    private int trainingSteps;
    private long evaluations;
    private long reexaminationEvaluations;
    private String diagnosis = "";
    private Optional<Throwable> cause = Optional.empty();
    private List<Note> notes = List.of();
    private List<SweepPoint> epsilonSweep = List.of();
    private List<Hint> hints = List.of();
    private CheckMode mode = CheckMode.EXHAUSTIVE;

    GradCheckResultBuilder(String layer, Verdict verdict) {
        this.layer = Objects.requireNonNull(layer, "layer");
        this.verdict = Objects.requireNonNull(verdict, "verdict");
    }

    GradCheckResultBuilder(GradCheckResult r) {
        this(r.layer(), r.verdict());
        label = r.label();
        relativeError = r.relativeError();
        tensors = r.tensors();
        thresholds = r.thresholds();
        epsilon = r.epsilon();
        seed = r.seed();
        trainingSteps = r.trainingSteps();
        evaluations = r.evaluations();
        reexaminationEvaluations = r.reexaminationEvaluations();
        diagnosis = r.diagnosis();
        cause = r.cause();
        notes = r.notes();
        epsilonSweep = r.epsilonSweep();
        hints = r.hints();
        mode = r.mode();
    }

    /**
     * The checked class's binary name.
     *
     * @param layer the checked class's binary name
     * @return this builder
     */
    public GradCheckResultBuilder layer(String layer) {
        this.layer = Objects.requireNonNull(layer, "layer");
        return this;
    }

    /**
     * What the check is and how to reproduce it (default empty).
     *
     * @param label what the check is and how to reproduce it, or empty
     * @return this builder
     */
    public GradCheckResultBuilder label(String label) {
        this.label = Objects.requireNonNull(label, "label");
        return this;
    }

    /**
     * The overall verdict.
     *
     * @param verdict the overall verdict
     * @return this builder
     */
    public GradCheckResultBuilder verdict(Verdict verdict) {
        this.verdict = Objects.requireNonNull(verdict, "verdict");
        return this;
    }

    /**
     * The relative error of θ as a whole (default NaN).
     *
     * @param relativeError the relative error of θ as a whole, NaN for a non-numeric outcome
     * @return this builder
     */
    public GradCheckResultBuilder relativeError(double relativeError) {
        this.relativeError = relativeError;
        return this;
    }

    /**
     * The per-tensor results (default none).
     *
     * @param tensors each checked tensor's result, in order; copied. Not modified.
     * @return this builder
     */
    public GradCheckResultBuilder tensors(List<TensorResult> tensors) {
        this.tensors = List.copyOf(tensors);
        return this;
    }

    /**
     * The thresholds the verdicts were taken with (default {@link Thresholds#DEFAULT}).
     *
     * @param thresholds the thresholds the verdicts were taken with
     * @return this builder
     */
    public GradCheckResultBuilder thresholds(Thresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        return this;
    }

    /**
     * The base finite-difference step (default NaN).
     *
     * @param epsilon the base finite-difference step
     * @return this builder
     */
    public GradCheckResultBuilder epsilon(double epsilon) {
        this.epsilon = epsilon;
        return this;
    }

    /**
     * The seed of the projection and of every {@code @RandomSource} (default 0).
     *
     * @param seed the seed of the projection and of every {@code @RandomSource}
     * @return this builder
     */
    public GradCheckResultBuilder seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * The training steps taken before the check (default 0).
     *
     * @param trainingSteps the number of gradient-descent steps taken before the check
     * @return this builder
     */
    public GradCheckResultBuilder trainingSteps(int trainingSteps) {
        this.trainingSteps = trainingSteps;
        return this;
    }

    /**
     * How many times J was evaluated (default 0).
     *
     * @param evaluations the number of evaluations of the cost J
     * @return this builder
     */
    public GradCheckResultBuilder evaluations(long evaluations) {
        this.evaluations = evaluations;
        return this;
    }

    /**
     * How many of the evaluations of J went to examining disagreements beyond the first pass
     * (default 0); see {@link GradCheckResult#reexaminationEvaluations()}.
     *
     * @param reexaminationEvaluations the evaluations of J spent on examinations, at most the
     *                                 {@link #evaluations(long) evaluations} when built
     * @return this builder
     */
    @API(status = STABLE, since = "0.1.0")
    public GradCheckResultBuilder reexaminationEvaluations(long reexaminationEvaluations) {
        this.reexaminationEvaluations = reexaminationEvaluations;
        return this;
    }

    /**
     * What happened, for a non-numeric outcome (default empty).
     *
     * @param diagnosis what happened and its likely causes, or empty
     * @return this builder
     */
    public GradCheckResultBuilder diagnosis(String diagnosis) {
        this.diagnosis = Objects.requireNonNull(diagnosis, "diagnosis");
        return this;
    }

    /**
     * The exception the layer threw (default none).
     *
     * @param cause the exception the layer threw, or empty
     * @return this builder
     */
    public GradCheckResultBuilder cause(Optional<Throwable> cause) {
        this.cause = Objects.requireNonNull(cause, "cause");
        return this;
    }

    /**
     * The notes on how the check was done (default none).
     *
     * @param notes the notes, in order; copied. Not modified.
     * @return this builder
     */
    public GradCheckResultBuilder notes(List<Note> notes) {
        this.notes = List.copyOf(notes);
        return this;
    }

    /**
     * The relative error over a range of steps (default none).
     *
     * @param epsilonSweep the sweep's points, in order; copied. Not modified.
     * @return this builder
     */
    public GradCheckResultBuilder epsilonSweep(List<SweepPoint> epsilonSweep) {
        this.epsilonSweep = List.copyOf(epsilonSweep);
        return this;
    }

    /**
     * Likely causes of a wrong gradient (default none).
     *
     * @param hints the hints, most specific first; copied. Not modified.
     * @return this builder
     */
    public GradCheckResultBuilder hints(List<Hint> hints) {
        this.hints = List.copyOf(hints);
        return this;
    }

    /**
     * How the numeric gradient was obtained (default {@link CheckMode#EXHAUSTIVE}).
     *
     * @param mode how the numeric gradient was obtained
     * @return this builder
     */
    public GradCheckResultBuilder mode(CheckMode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
        return this;
    }

    /**
     * The result.
     *
     * @return a new result with the components set so far
     * @throws IllegalArgumentException if the re-examination evaluations are negative or more than the
     *                                  evaluations
     */
    public GradCheckResult build() {
        return new GradCheckResult(layer, label, verdict, relativeError, tensors, thresholds, epsilon, seed,
                trainingSteps, evaluations, reexaminationEvaluations, diagnosis, cause, notes, epsilonSweep, hints, mode);
    }
}
