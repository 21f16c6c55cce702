package org.gradcheck4j.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gradcheck4j.CheckMode;
import org.gradcheck4j.GradCheckConfigurationException;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.GradCheckResultBuilder;
import org.gradcheck4j.Hint;
import org.gradcheck4j.Note;
import org.gradcheck4j.SweepPoint;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.internal.comparison.Comparison;
import org.gradcheck4j.internal.comparison.EpsilonSweep;
import org.gradcheck4j.internal.comparison.Reexamination;
import org.gradcheck4j.internal.diagnosis.Diagnosis;
import org.gradcheck4j.internal.differences.ExaminationCost;
import org.gradcheck4j.internal.differences.KinkExamination;
import org.gradcheck4j.internal.differences.Kinks;
import org.gradcheck4j.internal.differences.Noise;
import org.gradcheck4j.internal.directional.ModePolicy;
import org.gradcheck4j.internal.directional.PartialCheck;
import org.gradcheck4j.internal.model.AccessorFailure;
import org.gradcheck4j.internal.model.LayerModel;
import org.gradcheck4j.internal.objective.Cancellation.Cancelled;
import org.gradcheck4j.internal.objective.LayerFailure;
import org.gradcheck4j.internal.objective.MalformedTensor;
import org.gradcheck4j.internal.objective.NotFinite;
import org.gradcheck4j.internal.objective.Objective;
import org.gradcheck4j.internal.objective.Trainer;
import org.gradcheck4j.internal.parallel.ParallelCheck;
import org.gradcheck4j.internal.settings.CheckSettings;
import org.gradcheck4j.internal.theta.Theta;

/**
 * The steps of one check, in order: optional training; a forward pass at other values (so that a
 * cache filled only by the first call holds the wrong values); J at θ twice (determinism) with θ unchanged
 * (no state changed by forward); the analytic gradient twice (no accumulation); once
 * more after a forward pass elsewhere (no stale state); the numeric gradient; the noise of J
 * measured; the components that disagree examined for smoothness and kinks; J once more (no drift);
 * the comparison (with outlying components); the tensors in doubt re-examined with Richardson
 * extrapolation; an ε-sweep for results that did not pass cleanly. The verdicts follow
 * {@link org.gradcheck4j.internal.verdict.DecisionTable}. A step that finds the layer misbehaving
 * ends the check with a non-numeric verdict.
 * Internal.
 */
final class CheckProcedure {

    private final CheckSettings settings;
    private final LayerModel model;
    private final Theta theta;
    private final double epsilon;
    private final Thresholds thresholds;
    private final List<Note> notes;
    private final Objective objective;
    private final CheckMode mode;
    private final double[][] before;
    private final ExaminationCost examinations = new ExaminationCost();
    private int trained;

    CheckProcedure(CheckSettings settings, LayerModel model, Theta theta, double epsilon, Thresholds thresholds,
                   List<Note> notes) {
        this.settings = settings;
        this.model = model;
        this.theta = theta;
        this.epsilon = epsilon;
        this.thresholds = thresholds;
        this.notes = notes;
        this.objective = new Objective(model, settings.layer(), settings.inputs(), settings.seed());
        this.before = theta.snapshot();
        this.mode = ModePolicy.resolve(settings.mode(), theta);
        if (settings.mode() == CheckMode.AUTO && mode == CheckMode.DIRECTIONAL) {
            notes.add(Note.of(Note.Kind.MODE, "AUTO chose the directional mode: θ has " + theta.size() + " components (exhaustive up to "
                    + ModePolicy.EXHAUSTIVE_LIMIT + ")"));
        }
    }

    /** Asks the check to stop at its next evaluation of J (it restores θ to how it found it). */
    void cancel() {
        objective.cancellation().request();
    }

    GradCheckResult execute() {
        try {
            return steps();
        } catch (Cancelled e) {
            return result(Verdict.TIMEOUT).diagnosis(e.getMessage()).build();
        } catch (GradCheckConfigurationException e) {
            throw e;
        } catch (RuntimeException e) {
            return nonNumeric(Verdict.ERROR, "the check could not be completed: " + e + ". The layer did something"
                    + " gradcheck4j does not foresee; please report it with the layer", Optional.of(e));
        } finally {
            if (objective.cancellation().requested()) {
                theta.restore(before);
            }
        }
    }

    private GradCheckResult steps() {
        try {
            if (settings.trainingSteps() > 0) {
                trained = Trainer.train(objective, theta, settings.trainingSteps(), settings.learningRate());
                if (trained < settings.trainingSteps()) {
                    notes.add(Note.of(Note.Kind.TRAINING, "training stopped after " + trained + " of " + settings.trainingSteps()
                            + " steps: no step lowered J any more"));
                }
            }
            return compare();
        } catch (LayerFailure e) {
            return nonNumeric(Verdict.ERROR, e.getMessage(), Optional.of(e.getCause()));
        } catch (MalformedTensor e) {
            return nonNumeric(Verdict.ERROR, e.getMessage(), Optional.empty());
        } catch (AccessorFailure e) {
            return nonNumeric(Verdict.ERROR, e.getMessage(), Optional.of(e.getCause()));
        } catch (NotFinite e) {
            return nonNumeric(Verdict.NOT_FINITE, e.getMessage(), Optional.empty());
        } catch (StateProblem e) {
            if (!e.fields().isEmpty()) {
                notes.add(Note.about(Note.Kind.STALE_STATE, e.fields(), "fields whose values depend on earlier forward"
                        + " calls: " + String.join(", ", e.fields())));
            }
            return nonNumeric(e.verdict(), e.getMessage(), Optional.empty());
        }
    }

    private GradCheckResult compare() {
        StateChecks checks = new StateChecks(model, settings.layer(), theta, objective);
        StaleState stale = new StaleState(settings.layer(), theta, objective, settings.seed());
        stale.forwardElsewhere();
        double j0 = checks.deterministicCost();
        noteOutputs();
        double[][] analytic = checks.repeatableGradients();
        stale.noStaleState(analytic);
        Noise noise = Noise.measure(theta, objective::cost, j0, () -> Math.max(Math.abs(j0), objective.scale()));
        if (mode != CheckMode.EXHAUSTIVE) {
            return partial(checks, j0, noise, analytic);
        }
        double[][] numeric = ParallelCheck.gradient(settings, model, theta, objective, epsilon, j0, notes);
        Kinks kinks = new KinkExamination(theta, examinations.counting(objective::cost), j0, noise, epsilon, thresholds)
                .examine(analytic, numeric);
        checks.noDrift(j0);
        ExaminationNotes.kinks(notes, theta, kinks, epsilon);
        double[][] floors = noise.components(theta, epsilon);
        kinks.widen(floors);
        Comparison first = Comparison.of(theta, analytic, numeric, kinks, floors, thresholds);
        Reexamination again = Reexamination.of(first, theta, examinations.counting(objective::cost), analytic, numeric, kinks, floors,
                noise, thresholds);
        ExaminationNotes.reexamined(notes, first, again);
        Comparison c = again.comparison();
        ExaminationNotes.unresolved(notes, c, noise);
        if (!c.outliers().isEmpty()) {
            notes.add(Note.about(Note.Kind.OUTLIERS, c.outliers(), "outlying components, wrong although their tensor's norm ratio is small: "
                    + String.join(", ", c.outliers())));
        }
        List<SweepPoint> sweep = c.verdict() == Verdict.PASS ? List.of()
                : EpsilonSweep.run(theta, objective::cost, analytic, c.tensors(), notes);
        List<Hint> hints = c.verdict() == Verdict.PASS ? List.of()
                : Diagnosis.hints(settings, model, theta, objective, JudgedTensors.of(c.tensors(), kinks), thresholds,
                epsilon);
        return result(c.verdict()).relativeError(c.relativeError()).tensors(c.tensors()).epsilonSweep(sweep)
                .hints(hints).build();
    }

    /**
     * The directional (fast) or the sampled mode's comparison, in place of the exhaustive differences:
     * numeric values for some components only, the others NaN.
     */
    private GradCheckResult partial(StateChecks checks, double j0, Noise noise, double[][] analytic) {
        if (settings.threads() > 1) {
            notes.add(Note.of(Note.Kind.THREADS, "threads(" + settings.threads() + ") not used: the " + mode.name().toLowerCase(Locale.ROOT)
                    + " mode evaluates J one component or direction after another"));
        }
        PartialCheck check = new PartialCheck(theta, objective::cost, epsilon, thresholds, settings.seed(), j0, noise,
                notes, examinations);
        Comparison c = mode == CheckMode.DIRECTIONAL ? check.directional(analytic) : check.sampled(analytic);
        checks.noDrift(j0);
        List<Hint> hints = c.verdict() == Verdict.PASS ? List.of()
                : Diagnosis.hints(settings, model, theta, objective, c.tensors(), thresholds, epsilon);
        return result(c.verdict()).relativeError(c.relativeError()).tensors(c.tensors()).hints(hints).build();
    }

    private void noteOutputs() {
        int count = objective.outputCount();
        if (count > 1) {
            List<String> names = model.outputNames(count);
            notes.add(Note.about(Note.Kind.OUTPUTS, names, count + " outputs, " + String.join(", ", names)
                    + ": J = Σ_k Σ R_k ⊙ y_k with one fixed random R_k per output, each given to @Backward as its dy"));
        }
    }

    /**
     * The result when the check did not finish within {@code limit}: θ restored when the check's thread
     * stopped, and a note that says whether the layer is as the check found it.
     */
    GradCheckResult timedOut(Duration limit, boolean stopped, String thread) {
        Note restoration = Restoration.after(theta, before, stopped, thread);
        List<Note> all = new ArrayList<>(notes);
        all.add(restoration);
        return result(Verdict.TIMEOUT).notes(all).diagnosis("the check did not finish within " + limit.toMillis()
                + " ms (after " + objective.evaluations() + " evaluations of J). A forward or backward pass that"
                + " never returns (a loop whose condition depends on θ, a wait) is the likely cause. "
                + (restoration.kind() == Note.Kind.PERTURBED ? "The layer is left perturbed: " + restoration.text()
                : "The layer is as the check found it.") + " Raise the limit with GradCheck.timeout(...) if the"
                + " layer is merely slow.").build();
    }

    private GradCheckResult nonNumeric(Verdict verdict, String diagnosis, Optional<Throwable> cause) {
        return result(verdict).diagnosis(diagnosis).cause(cause).build();
    }

    /**
     * A builder with what every result of this check shares: layer, label, settings, counts, notes.
     * (A check that timed out is still running: its count of examinations is read after the total.)
     */
    private GradCheckResultBuilder result(Verdict verdict) {
        long evaluations = objective.evaluations();
        return GradCheckResult.builder(model.type().getName(), verdict).label(settings.label())
                .thresholds(thresholds).epsilon(epsilon).seed(settings.seed()).trainingSteps(trained)
                .evaluations(evaluations).reexaminationEvaluations(Math.min(examinations.evaluations(), evaluations))
                .notes(notes).mode(mode);
    }
}
