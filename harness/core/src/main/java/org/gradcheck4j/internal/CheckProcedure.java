package org.gradcheck4j.internal;

import java.util.List;
import java.util.Optional;
import org.gradcheck4j.CheckMode;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Hint;
import org.gradcheck4j.SweepPoint;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.internal.comparison.Comparison;
import org.gradcheck4j.internal.diagnosis.Diagnosis;
import org.gradcheck4j.internal.differences.CentralDifference;
import org.gradcheck4j.internal.differences.EpsilonSweep;
import org.gradcheck4j.internal.model.LayerModel;
import org.gradcheck4j.internal.objective.LayerFailure;
import org.gradcheck4j.internal.objective.NotFinite;
import org.gradcheck4j.internal.objective.Objective;
import org.gradcheck4j.internal.objective.Trainer;
import org.gradcheck4j.internal.theta.Theta;

/**
 * The steps of one check, in order: optional training; J at θ twice (determinism) with θ unchanged
 * (no state changed by forward); the analytic gradient twice (no accumulation); the numeric
 * gradient; J once more (no drift); the comparison; an ε-sweep for results that did not pass
 * cleanly. A step that finds the layer misbehaving ends the check with a non-numeric verdict.
 * Internal.
 */
final class CheckProcedure {

    private final CheckSettings settings;
    private final LayerModel model;
    private final Theta theta;
    private final double epsilon;
    private final Thresholds thresholds;
    private final List<String> notes;
    private final Objective objective;
    private int trained;

    CheckProcedure(CheckSettings settings, LayerModel model, Theta theta, double epsilon, Thresholds thresholds,
                   List<String> notes) {
        this.settings = settings;
        this.model = model;
        this.theta = theta;
        this.epsilon = epsilon;
        this.thresholds = thresholds;
        this.notes = notes;
        this.objective = new Objective(model, settings.layer(), settings.inputs(), settings.seed());
    }

    GradCheckResult execute() {
        try {
            if (settings.trainingSteps() > 0) {
                trained = Trainer.train(objective, theta, settings.trainingSteps(), settings.learningRate());
                if (trained < settings.trainingSteps()) {
                    notes.add("training stopped after " + trained + " of " + settings.trainingSteps()
                            + " steps: no step lowered J any more");
                }
            }
            return compare();
        } catch (LayerFailure e) {
            return nonNumeric(Verdict.ERROR, e.getMessage(), Optional.of(e.getCause()));
        } catch (NotFinite e) {
            return nonNumeric(Verdict.NOT_FINITE, e.getMessage(), Optional.empty());
        } catch (StateProblem e) {
            return nonNumeric(e.verdict(), e.getMessage(), Optional.empty());
        }
    }

    private GradCheckResult compare() {
        StateChecks checks = new StateChecks(model, theta, objective);
        double j0 = checks.deterministicCost();
        double[][] analytic = checks.repeatableGradients();
        double[][] numeric = CentralDifference.gradient(theta, objective::cost, epsilon);
        checks.noDrift(j0);
        Comparison c = Comparison.of(theta, analytic, numeric, thresholds);
        List<SweepPoint> sweep = c.verdict() == Verdict.PASS ? List.of()
                : EpsilonSweep.run(theta, objective::cost, analytic, notes);
        List<Hint> hints = c.verdict() == Verdict.PASS ? List.of()
                : Diagnosis.hints(settings, model, theta, objective, c.tensors(), thresholds, epsilon);
        return new GradCheckResult(model.type().getName(), settings.label(), c.verdict(), c.relativeError(),
                c.tensors(), thresholds, epsilon, settings.seed(), trained, objective.evaluations(), "",
                Optional.empty(), notes, sweep, hints, CheckMode.EXHAUSTIVE);
    }

    private GradCheckResult nonNumeric(Verdict verdict, String diagnosis, Optional<Throwable> cause) {
        return new GradCheckResult(model.type().getName(), settings.label(), verdict, Double.NaN, List.of(),
                thresholds, epsilon, settings.seed(), trained, objective.evaluations(), diagnosis, cause, notes,
                List.of(), List.of(), CheckMode.EXHAUSTIVE);
    }
}
