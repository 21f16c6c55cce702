package org.gradcheck4j.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gradcheck4j.CheckMode;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Hint;
import org.gradcheck4j.Note;
import org.gradcheck4j.SweepPoint;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.internal.comparison.Comparison;
import org.gradcheck4j.internal.diagnosis.Diagnosis;
import org.gradcheck4j.internal.differences.EpsilonSweep;
import org.gradcheck4j.internal.differences.KinkExamination;
import org.gradcheck4j.internal.differences.Kinks;
import org.gradcheck4j.internal.differences.Richardson;
import org.gradcheck4j.internal.differences.RoundingFloor;
import org.gradcheck4j.internal.directional.ModePolicy;
import org.gradcheck4j.internal.directional.PartialCheck;
import org.gradcheck4j.internal.model.AccessorFailure;
import org.gradcheck4j.internal.model.LayerModel;
import org.gradcheck4j.internal.objective.LayerFailure;
import org.gradcheck4j.internal.objective.NotFinite;
import org.gradcheck4j.internal.objective.Objective;
import org.gradcheck4j.internal.objective.Trainer;
import org.gradcheck4j.internal.parallel.ParallelCheck;
import org.gradcheck4j.internal.report.FailureMessage;
import org.gradcheck4j.internal.theta.Theta;

/**
 * The steps of one check, in order: optional training; J at θ twice (determinism) with θ unchanged
 * (no state changed by forward); the analytic gradient twice (no accumulation); the numeric
 * gradient; the components that disagree re-examined for kinks; J once more (no drift); the
 * comparison (with outlying components); a borderline result re-examined with Richardson
 * extrapolation; an ε-sweep for results that did not pass cleanly. A step that finds the layer misbehaving ends the check with a non-numeric verdict.
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
        this.mode = ModePolicy.resolve(settings.mode(), theta);
        if (settings.mode() == CheckMode.AUTO && mode == CheckMode.DIRECTIONAL) {
            notes.add(Note.of(Note.Kind.MODE, "AUTO chose the directional mode: θ has " + theta.size() + " components (exhaustive up to "
                    + ModePolicy.EXHAUSTIVE_LIMIT + ")"));
        }
    }

    GradCheckResult execute() {
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
        } catch (AccessorFailure e) {
            return nonNumeric(Verdict.ERROR, e.getMessage(), Optional.of(e.getCause()));
        } catch (NotFinite e) {
            return nonNumeric(Verdict.NOT_FINITE, e.getMessage(), Optional.empty());
        } catch (StateProblem e) {
            return nonNumeric(e.verdict(), e.getMessage(), Optional.empty());
        }
    }

    private GradCheckResult compare() {
        StateChecks checks = new StateChecks(model, settings.layer(), theta, objective);
        double j0 = checks.deterministicCost();
        double[][] analytic = checks.repeatableGradients();
        double scale = Math.max(Math.abs(j0), objective.scale());
        if (mode != CheckMode.EXHAUSTIVE) {
            return partial(checks, j0, scale, analytic);
        }
        double[][] numeric = ParallelCheck.gradient(settings, model, theta, objective, epsilon, j0, notes);
        Kinks kinks = new KinkExamination(theta, objective::cost, j0, scale, epsilon, thresholds)
                .examine(analytic, numeric);
        checks.noDrift(j0);
        noteKinks(kinks);
        double[][] floors = floors(scale, kinks, RoundingFloor.UNRESOLVED_UNITS);
        Comparison c = Comparison.of(theta, analytic, numeric, kinks, floors, thresholds);
        if (borderline(c, analytic, numeric, scale, kinks)) {
            c = reexamine(c, analytic, kinks, scale);
        }
        noteUnresolved(c);
        if (!c.outliers().isEmpty()) {
            notes.add(Note.about(Note.Kind.OUTLIERS, c.outliers(), "outlying components, wrong although their tensor's norm ratio is small: "
                    + String.join(", ", c.outliers())));
        }
        List<SweepPoint> sweep = c.verdict() == Verdict.PASS ? List.of()
                : EpsilonSweep.run(theta, objective::cost, analytic, notes);
        List<Hint> hints = c.verdict() == Verdict.PASS ? List.of()
                : Diagnosis.hints(settings, model, theta, objective, c.tensors(), thresholds, epsilon);
        return new GradCheckResult(model.type().getName(), settings.label(), c.verdict(), c.relativeError(),
                c.tensors(), thresholds, epsilon, settings.seed(), trained, objective.evaluations(), "",
                Optional.empty(), notes, sweep, hints, mode);
    }

    /**
     * The directional (fast) or the sampled mode's comparison, in place of the exhaustive differences:
     * numeric values for some components only, the others NaN.
     */
    private GradCheckResult partial(StateChecks checks, double j0, double scale, double[][] analytic) {
        if (settings.threads() > 1) {
            notes.add(Note.of(Note.Kind.THREADS, "threads(" + settings.threads() + ") not used: the " + mode.name().toLowerCase(Locale.ROOT)
                    + " mode evaluates J one component or direction after another"));
        }
        PartialCheck check = new PartialCheck(theta, objective::cost, epsilon, thresholds, settings.seed(), j0, scale,
                notes);
        Comparison c = mode == CheckMode.DIRECTIONAL ? check.directional(analytic) : check.sampled(analytic);
        checks.noDrift(j0);
        List<Hint> hints = c.verdict() == Verdict.PASS ? List.of()
                : Diagnosis.hints(settings, model, theta, objective, c.tensors(), thresholds, epsilon);
        return new GradCheckResult(model.type().getName(), settings.label(), c.verdict(), c.relativeError(),
                c.tensors(), thresholds, epsilon, settings.seed(), trained, objective.evaluations(), "",
                Optional.empty(), notes, List.of(), hints, mode);
    }

    /**
     * Whether the result deserves a second, more accurate look: MARGINAL and WARN always; FAIL when
     * every failing tensor's disagreement lies within the rounding floor of J at this step.
     */
    private boolean borderline(Comparison c, double[][] analytic, double[][] numeric, double scale, Kinks kinks) {
        if (c.verdict() == Verdict.MARGINAL || c.verdict() == Verdict.WARN) {
            return true;
        }
        if (c.verdict() != Verdict.FAIL || !c.outliers().isEmpty()) {
            return false;
        }
        double[][] floors = floors(scale, kinks, RoundingFloor.REEXAMINE_UNITS);
        for (int s = 0; s < analytic.length; s++) {
            if (c.tensors().get(s).verdict() == Verdict.FAIL
                    && !RoundingFloor.within(analytic[s], numeric[s], RoundingFloor.norm(floors[s]))) {
                return false;
            }
        }
        return true;
    }

    /** The rounding floors at the base step, widened where a smaller step's value stands. */
    private double[][] floors(double scale, Kinks kinks, double units) {
        double[][] floors = RoundingFloor.components(theta, scale, epsilon, units);
        kinks.widen(floors);
        return floors;
    }

    /**
     * A borderline result, judged again with Richardson extrapolation; the more accurate estimate
     * stands unless its verdict is worse (a re-examination rescues, it does not condemn).
     */
    private Comparison reexamine(Comparison first, double[][] analytic, Kinks kinks, double scale) {
        double step = theta.hasSinglePrecision() ? Richardson.FLOAT_STEP : Richardson.DOUBLE_STEP;
        double[][] refined = Richardson.gradient(theta, objective::cost, step);
        double[][] floors = RoundingFloor.components(theta, scale, step, Richardson.NOISE_FACTOR
                * RoundingFloor.UNRESOLVED_UNITS);
        Comparison second = Comparison.of(theta, analytic, refined, kinks, floors, thresholds);
        boolean worse = second.verdict().ordinal() > first.verdict().ordinal();
        boolean better = !worse && second.relativeError() < first.relativeError();
        String which = first.verdict() == Verdict.FAIL ? "FAIL within the rounding floor of J (|J| = "
                + FailureMessage.num(Math.abs(objective.lastCost())) + ")" : "borderline " + first.verdict();
        notes.add(Note.of(Note.Kind.REEXAMINED, which + " (relative error " + FailureMessage.num(first.relativeError())
                + ") re-examined with Richardson extrapolation (steps " + FailureMessage.num(step) + " and "
                + FailureMessage.num(step / 2) + "): relative error " + FailureMessage.num(second.relativeError())
                + ", " + second.verdict() + (better ? "; the extrapolated gradient stands"
                : worse ? "; a re-examination may rescue a verdict, not worsen it (its larger steps can cross a"
                + " kink or leave a saturated region), so the first result stands"
                : "; not more accurate, the first result stands")));
        return better ? second : first;
    }

    private void noteUnresolved(Comparison c) {
        if (!c.unresolved().isEmpty()) {
            notes.add(Note.about(Note.Kind.UNRESOLVED, c.unresolved(), "gradients below the resolution of finite differences at this scale: "
                    + String.join(", ", c.unresolved()) + " differ from their numeric values by less than the"
                    + " rounding floor of J (about " + (int) RoundingFloor.UNRESOLVED_UNITS + " u·S/h per component, S the"
                    + " magnitude of the terms J sums),"
                    + " so they cannot be judged and count as MARGINAL"));
        }
    }

    private void noteKinks(Kinks kinks) {
        if (kinks.total() > 0) {
            notes.add(Note.of(Note.Kind.KINK, kinks.total() + " component(s) sat on a kink (a non-differentiable point): " + kinks.accepted()
                    + " with the analytic value between the one-sided derivatives (accepted as a subgradient), "
                    + kinks.inconclusive() + " outside them (inconclusive, not judged)"));
        }
        if (kinks.rechecked() > 0) {
            notes.add(Note.of(Note.Kind.RECHECKED, kinks.rechecked() + " component(s) disagreed at step " + FailureMessage.num(epsilon)
                    + " but agreed at a 100× smaller step (the first step was too coarse there, or crossed a nearby"
                    + " kink); the smaller step's values stand"));
        }
    }

    /** The result when the check did not finish within {@code limit}. */
    GradCheckResult timedOut(java.time.Duration limit) {
        return nonNumeric(Verdict.TIMEOUT, "the check did not finish within " + limit.toMillis() + " ms (after "
                + objective.evaluations() + " evaluations of J). A forward or backward pass that never returns (a"
                + " loop whose condition depends on θ, a wait) is the likely cause; its thread was interrupted and"
                + " abandoned, so the layer may be left perturbed. Raise the limit with GradCheck.timeout(...) if the"
                + " layer is merely slow.", Optional.empty());
    }

    private GradCheckResult nonNumeric(Verdict verdict, String diagnosis, Optional<Throwable> cause) {
        return new GradCheckResult(model.type().getName(), settings.label(), verdict, Double.NaN, List.of(),
                thresholds, epsilon, settings.seed(), trained, objective.evaluations(), diagnosis, cause, notes,
                List.of(), List.of(), mode);
    }
}
