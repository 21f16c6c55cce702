package org.gradcheck4j.internal;

import java.util.ArrayList;
import java.util.List;
import org.gradcheck4j.Dropout;
import org.gradcheck4j.GradCheckConfigurationException;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Note;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.internal.differences.StepPolicy;
import org.gradcheck4j.internal.model.ClassSettings;
import org.gradcheck4j.internal.model.LayerModel;
import org.gradcheck4j.internal.model.ModelReader;
import org.gradcheck4j.internal.objective.DropoutControl;
import org.gradcheck4j.internal.parallel.ParallelCheck;
import org.gradcheck4j.internal.theta.Theta;
import org.gradcheck4j.internal.theta.ThetaBuilder;

/**
 * Resolves a check's settings (step, thresholds, dropout) from the builder, the class's
 * {@code @GradChecked} and the tensors' precision, runs the {@link CheckProcedure} with dropout
 * handled, and publishes the result. Internal.
 */
public final class CheckRunner {

    private CheckRunner() {
    }

    /** Reads and validates a class's model; throws {@code GradCheckConfigurationException}. */
    public static void validate(Class<?> type) {
        try {
            ModelReader.of(type);
        } catch (GradCheckConfigurationException e) {
            throw ResultListeners.publish(type, e);
        }
    }

    /** Runs one check; a configuration error is published, then thrown. */
    public static GradCheckResult run(CheckSettings given) {
        try {
            return runChecked(given);
        } catch (GradCheckConfigurationException e) {
            throw ResultListeners.publish(given.layer().getClass(), e);
        }
    }

    private static GradCheckResult runChecked(CheckSettings given) {
        CheckSettings settings = ParallelCheck.withOfferedFactory(given);
        LayerModel model = ModelReader.of(settings.layer().getClass());
        ParallelCheck.validate(settings, model);
        Theta theta = ThetaBuilder.build(model, settings.layer(), settings.inputs());
        boolean single = theta.hasSinglePrecision();
        List<Note> notes = new ArrayList<>();
        double epsilon = epsilon(settings, model, single);
        Thresholds thresholds = thresholds(settings, model, single);
        if (single) {
            notes.add(Note.of(Note.Kind.FLOAT, "float tensors: step " + epsilon + " and thresholds " + thresholds.pass() + " / "
                    + thresholds.warn() + " / " + thresholds.fail() + " suited to single precision;"
                    + " J accumulated in double"));
        }
        Dropout mode = DropoutControl.resolve(settings.dropout(), model);
        GradCheckResult result;
        try (DropoutControl dropout = DropoutControl.apply(mode, model, settings.layer())) {
            notes.addAll(dropoutNotes(mode, model, dropout));
            CheckProcedure procedure = new CheckProcedure(settings, model, theta, epsilon, thresholds, notes);
            result = TimeLimit.run(procedure::execute, settings.timeout())
                    .orElseGet(() -> procedure.timedOut(settings.timeout()));
        }
        ResultListeners.publish(result);
        return result;
    }

    private static double epsilon(CheckSettings settings, LayerModel model, boolean single) {
        return settings.epsilon().orElseGet(() -> model.settings().map(ClassSettings::epsilon).filter(e -> e > 0)
                .orElse(single ? StepPolicy.FLOAT_EPSILON : StepPolicy.DOUBLE_EPSILON));
    }

    private static Thresholds thresholds(CheckSettings settings, LayerModel model, boolean single) {
        Thresholds fallback = single ? Thresholds.FLOAT : Thresholds.DEFAULT;
        return settings.thresholds().orElseGet(() -> model.settings()
                .map(g -> new Thresholds(g.pass(), g.warn(), g.fail()))
                .filter(t -> !t.equals(Thresholds.DEFAULT))
                .orElse(fallback));
    }

    private static List<Note> dropoutNotes(Dropout mode, LayerModel model, DropoutControl dropout) {
        List<Note> notes = new ArrayList<>();
        if (dropout.switchedOff() > 0) {
            notes.add(Note.of(Note.Kind.DROPOUT, "dropout off: " + dropout.switchedOff() + " @KeepProb field(s) set to 1.0 during the check"));
        }
        if (mode == Dropout.FROZEN_MASK && !model.randomSources().isEmpty()) {
            notes.add(Note.of(Note.Kind.DROPOUT, "dropout mask frozen: " + model.randomSources().size()
                    + " @RandomSource field(s) reseeded before every evaluation"));
        }
        return notes;
    }
}
