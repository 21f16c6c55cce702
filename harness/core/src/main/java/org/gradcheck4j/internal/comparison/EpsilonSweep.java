package org.gradcheck4j.internal.comparison;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.apiguardian.api.API;
import org.gradcheck4j.ComponentResult;
import org.gradcheck4j.Note;
import org.gradcheck4j.SweepPoint;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.internal.differences.CentralDifference;
import org.gradcheck4j.internal.objective.LayerFailure;
import org.gradcheck4j.internal.objective.NotFinite;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.theta.Theta;

/**
 * The relative error as a function of the step, ε = 1e-1 … 1e-10, over the components the
 * comparison judged worst (by their own relative error, at most {@link #SWEPT}): a correct gradient
 * draws a V (truncation error ∝ ε², rounding error ∝ 1/ε), a wrong one is flat and high. The
 * worst components are the ones that decide between the two, and sweeping only them keeps the
 * sweep's cost bounded whatever the size of θ: 20 evaluations of J per swept component, at most
 * {@code 20 ·} {@link #SWEPT}. A note names the swept components. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class EpsilonSweep {

    /** The most components swept. */
    public static final int SWEPT = 8;
    /** The steps swept, 1e-1 down to 1e-{@value}. */
    static final int STEPS = 10;

    private EpsilonSweep() {
    }

    /**
     * The sweep over the worst components of {@code tensors} (empty when none disagrees), with a
     * note naming them.
     *
     * @param analytic the analytic gradient, one array per slot. Not modified.
     * @param tensors the compared tensors, in the order of {@code theta}'s slots
     */
    public static List<SweepPoint> run(Theta theta, DoubleSupplier cost, double[][] analytic,
                                       List<TensorResult> tensors, List<Note> notes) {
        List<Swept> swept = worst(tensors);
        if (swept.isEmpty()) {
            return List.of();
        }
        notes.add(Note.about(Note.Kind.SWEEP, swept.stream().map(w -> w.component().name()).toList(),
                "ε-sweep over the " + swept.size() + " component(s) with the largest relative error ("
                        + 2 * STEPS * swept.size() + " evaluations of J)"));
        List<SweepPoint> points = new ArrayList<>();
        for (int k = 1; k <= STEPS; k++) {
            double epsilon = Math.pow(10, -k);
            points.add(new SweepPoint(epsilon, error(theta, cost, analytic, swept, epsilon)));
        }
        return points;
    }

    private static double error(Theta theta, DoubleSupplier cost, double[][] analytic, List<Swept> swept,
                                double epsilon) {
        double[] a = new double[swept.size()];
        double[] n = new double[swept.size()];
        try {
            for (int k = 0; k < a.length; k++) {
                Swept w = swept.get(k);
                TensorSlot slot = theta.slots().get(w.slot());
                a[k] = analytic[w.slot()][w.component().index()];
                n[k] = CentralDifference.derivative(slot, w.component().index(), cost, epsilon);
            }
        } catch (NotFinite | LayerFailure e) {
            return Double.NaN;
        }
        return RelativeError.of(a, n);
    }

    /** The listed worst components of every tensor, by their relative error, at most {@link #SWEPT}. */
    private static List<Swept> worst(List<TensorResult> tensors) {
        List<Swept> all = new ArrayList<>();
        for (int s = 0; s < tensors.size(); s++) {
            for (ComponentResult c : tensors.get(s).worst()) {
                all.add(new Swept(s, c));
            }
        }
        all.sort(Comparator.comparingDouble((Swept w) -> w.component().relativeError()).reversed());
        return List.copyOf(all.subList(0, Math.min(SWEPT, all.size())));
    }

    private record Swept(int slot, ComponentResult component) {
    }
}
