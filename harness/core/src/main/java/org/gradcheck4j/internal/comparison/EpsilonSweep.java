package org.gradcheck4j.internal.comparison;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.apiguardian.api.API;
import org.gradcheck4j.Note;
import org.gradcheck4j.SweepPoint;
import org.gradcheck4j.internal.differences.CentralDifference;
import org.gradcheck4j.internal.objective.LayerFailure;
import org.gradcheck4j.internal.objective.NotFinite;
import org.gradcheck4j.internal.theta.Theta;

/**
 * The relative error as a function of the step, ε = 1e-1 … 1e-10. A correct gradient draws a V
 * (truncation error ∝ ε², rounding error ∝ 1/ε); a wrong one is flat and high. Costs 20·N
 * evaluations, so it runs only for θ of at most {@link #MAX_COMPONENTS} components. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class EpsilonSweep {

    /** The largest θ swept. */
    public static final long MAX_COMPONENTS = 2_000;

    private EpsilonSweep() {
    }

    /** The sweep, or an empty list (with a note) when θ is too large. */
    public static List<SweepPoint> run(Theta theta, DoubleSupplier cost, double[][] analytic, List<Note> notes) {
        if (theta.size() > MAX_COMPONENTS) {
            notes.add(Note.of(Note.Kind.SWEEP, "ε-sweep skipped: θ has " + theta.size() + " components (limit " + MAX_COMPONENTS + ")"));
            return List.of();
        }
        List<SweepPoint> points = new ArrayList<>();
        for (int k = 1; k <= 10; k++) {
            double epsilon = Math.pow(10, -k);
            double error;
            try {
                error = RelativeError.of(analytic, CentralDifference.gradient(theta, cost, epsilon));
            } catch (NotFinite | LayerFailure e) {
                error = Double.NaN;
            }
            points.add(new SweepPoint(epsilon, error));
        }
        return points;
    }
}
