package org.gradcheck4j.internal.parallel;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.gradcheck4j.GradCheckConfigurationException;
import org.gradcheck4j.Note;
import org.gradcheck4j.internal.settings.CheckSettings;
import org.gradcheck4j.internal.differences.CentralDifference;
import org.gradcheck4j.internal.model.LayerModel;
import org.gradcheck4j.internal.objective.DropoutControl;
import org.gradcheck4j.internal.objective.Objective;
import org.gradcheck4j.internal.theta.Theta;

/**
 * The exhaustive numeric gradient on one thread or, with {@code threads(n)} and a factory, on n.
 * {@code threads(n > 1)} without a factory is a configuration error rather than a silent fall-back
 * to one thread: a second layer instance cannot be made from an instance. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ParallelCheck {

    /** Below this many components a second thread costs more than it saves. */
    public static final long MIN_PARALLEL_COMPONENTS = 64;

    private ParallelCheck() {
    }

    /**
     * The settings with the factory offered by {@link FactoryScope} when more than one thread is
     * asked for and the builder has none; otherwise the settings unchanged.
     */
    public static CheckSettings withOfferedFactory(CheckSettings settings) {
        if (settings.threads() <= 1 || settings.factory().isPresent()) {
            return settings;
        }
        return FactoryScope.current().map(settings::withFactory).orElse(settings);
    }

    /**
     * Fails fast when more than one thread is asked for without a factory.
     *
     * @throws GradCheckConfigurationException naming the builder call and the fix
     */
    public static void validate(CheckSettings settings, LayerModel model) {
        if (settings.threads() > 1 && settings.factory().isEmpty()) {
            throw new GradCheckConfigurationException(model.type(), "GradCheck.threads(" + settings.threads() + ")",
                    "more than one thread needs a layer instance per thread, and GradCheck.of(layer) gave only one",
                    "start the check with GradCheck.of(() -> new " + model.type().getSimpleName()
                            + "(...)) so that every worker gets its own equal layer, or drop threads(...)");
        }
    }

    /**
     * The numeric gradient of every slot of {@code theta}.
     *
     * @param j0 J at θ, which every worker's layer must reproduce
     * @param notes receives a remark on how many threads worked
     */
    public static double[][] gradient(CheckSettings settings, LayerModel model, Theta theta, Objective objective,
                                      double epsilon, double j0, List<Note> notes) {
        int threads = (int) Math.min(settings.threads(), Math.max(1, theta.size() / MIN_PARALLEL_COMPONENTS));
        if (threads <= 1 || settings.factory().isEmpty()) {
            if (settings.threads() > 1) {
                notes.add(Note.of(Note.Kind.THREADS, "threads(" + settings.threads() + ") not used: θ has " + theta.size() + " components, fewer"
                        + " than " + MIN_PARALLEL_COMPONENTS + " per extra thread, where a second thread costs more"
                        + " than it saves"));
            }
            return CentralDifference.gradient(theta, objective::cost, epsilon);
        }
        Supplier<?> factory = settings.factory().get();
        List<Replica> replicas = Replicas.build(threads - 1, factory, model, theta, settings.inputs(), settings.seed(),
                DropoutControl.resolve(settings.dropout(), model), j0);
        replicas.forEach(r -> r.objective().cancelWith(objective.cancellation()));
        try {
            double[][] numeric = ParallelDifference.gradient(theta, objective::cost, replicas, epsilon);
            notes.add(Note.of(Note.Kind.THREADS, "exhaustive differences split over " + threads + " threads, each with its own layer from the"
                    + " factory and the checked layer's parameters copied in"));
            return numeric;
        } finally {
            for (Replica r : replicas) {
                objective.addEvaluations(r.objective().evaluations());
                r.dropout().close();
            }
        }
    }
}
