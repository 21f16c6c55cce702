package org.gradcheck4j.internal.directional;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.stream.IntStream;
import org.apiguardian.api.API;
import org.gradcheck4j.Note;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.internal.comparison.Comparison;
import org.gradcheck4j.internal.differences.Richardson;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.theta.Theta;
import org.gradcheck4j.internal.verdict.DecisionTable;

/**
 * The directional (fast) mode: every tensor is tested along {@link DirectionalTest#DIRECTIONS}
 * random directions of its own (2 evaluations of J each, whatever its size), and a stratified
 * sample of its components is checked exactly as the exhaustive mode would: {@link #SAMPLE_SIZE}
 * per tensor, fewer (down to {@link #MIN_SAMPLE}) when θ has so many tensors that the samples would
 * exceed {@link #SAMPLE_BUDGET} components in all.
 *
 * <p>A tensor's relative error and verdict are its directional test's. The sample is a cross-check
 * that can only make the tensor FAIL (when its own norm ratio fails even after Richardson
 * re-examination): a few components are too few to tell PASS from MARGINAL. A directional error above
 * the warn threshold (a correct tensor sits near its rounding error, 1e-9 or below in double) is
 * searched by {@link Localisation}; located components get their exact numeric values, and any of
 * them whose own relative error reaches the fail threshold makes the tensor FAIL: one wrong element
 * among 10⁶ moves the directional error only to about 3e-4, like the exhaustive mode's norm ratio,
 * but stands out at once in its block. Components never computed are NaN in {@code numeric}. θ's
 * overall error is the largest tensor error (there is no direction over all of θ). Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class DirectionalCheck {

    /** The most components per tensor checked exactly in a stratified sample. */
    public static final int SAMPLE_SIZE = 16;
    /** The fewest components per tensor in the sample. */
    public static final int MIN_SAMPLE = 4;
    /** Components checked exactly in the samples of all tensors together, at most 2·this evaluations. */
    public static final int SAMPLE_BUDGET = 64;

    private final PartialCheck check;
    private final Theta theta;
    private final DoubleSupplier cost;
    private final double epsilon;
    private final Thresholds thresholds;
    private final List<Note> notes;
    private final int sampleSize;

    private DirectionalCheck(PartialCheck check) {
        this.check = check;
        this.theta = check.theta();
        this.cost = check.cost();
        this.epsilon = check.epsilon();
        this.thresholds = check.thresholds();
        this.notes = check.notes();
        this.sampleSize = Math.max(MIN_SAMPLE, Math.min(SAMPLE_SIZE, SAMPLE_BUDGET / Math.max(1, theta.slots().size())));
    }

    /**
     * Checks every tensor of θ.
     *
     * @param analytic the analytic gradient, one array per slot. Not modified.
     */
    static Comparison run(PartialCheck check, double[][] analytic) {
        return new DirectionalCheck(check).run(analytic);
    }

    private Comparison run(double[][] analytic) {
        notes.add(Note.of(Note.Kind.MODE, "directional mode: each tensor tested along " + DirectionalTest.DIRECTIONS + " random directions"
                + " (|ΔJ − g·Δθ| / (|ΔJ| + |g·Δθ|), a tolerance independent of size) and " + sampleSize
                + " components per tensor sampled (stratified over rows and columns) and checked exactly;"
                + " the other components are NaN in numeric"));
        List<TensorResult> tensors = new ArrayList<>();
        Verdict verdict = Verdict.PASS;
        double overall = 0;
        for (int s = 0; s < analytic.length; s++) {
            TensorResult t = tensor(theta.slots().get(s), analytic[s], s);
            tensors.add(t);
            verdict = verdict.worse(t.verdict());
            overall = Math.max(overall, t.relativeError());
        }
        return new Comparison(tensors, overall, verdict, List.of(), List.of());
    }

    private TensorResult tensor(TensorSlot slot, double[] analytic, int index) {
        long tensorSeed = check.tensorSeed(index);
        double[] floors = check.floors(slot);
        Probe probe = new Probe(slot, analytic, cost);
        double richardsonStep = slot.isSinglePrecision() ? Richardson.FLOAT_STEP : Richardson.DOUBLE_STEP;
        DirectionalTest.Outcome test = DirectionalTest.run(probe, epsilon, richardsonStep, tensorSeed, check.j0(),
                thresholds);
        if (test.inconclusive() > 0) {
            notes.add(Note.about(Note.Kind.KINK, List.of(slot.name()), slot.name() + ": " + test.inconclusive() + " of " + DirectionalTest.DIRECTIONS
                    + " directions crossed a kink at every step tried and were left out"
                    + (test.inconclusive() == DirectionalTest.DIRECTIONS ? "; the tensor is judged by its exactly"
                    + " checked components alone" : "")));
        }
        ExactComponents exact = new ExactComponents(slot, analytic);
        Grid grid = probe.grid();
        int[] sample = StratifiedSample.draw(grid, IntStream.range(0, grid.rows()).toArray(),
                IntStream.range(0, grid.cols()).toArray(), sampleSize, tensorSeed);
        exact.compute(sample, cost, epsilon);
        exact.examineKinks(check.examiningCost(), check.j0(), check.noise(), epsilon, thresholds);
        double error = test.relativeError();
        Verdict v = thresholds.classify(error);
        double sampled = exact.relativeError(sample);
        if (test.root() == null) {
            error = sampled;
            v = thresholds.classify(error);
        }
        if (thresholds.classify(sampled) == Verdict.FAIL) {
            sampled = exact.refine(sample, check.examiningCost(), richardsonStep, floors, thresholds);
            if (thresholds.classify(sampled) == Verdict.FAIL) {
                notes.add(Note.about(Note.Kind.MODE, List.of(slot.name()), slot.name() + ": the exactly checked sample has relative error " + (float) sampled));
                error = Math.max(error, sampled);
                v = Verdict.FAIL;
            }
        }
        boolean located = false;
        if (test.root() != null && error > thresholds.warn()) {
            Localisation.Search search = new Localisation(check, probe, exact, floors).search(test);
            if (search.failing()) {
                located = true;
                v = Verdict.FAIL;
            } else if (search.explained() && thresholds.classify(sampled) != Verdict.FAIL) {
                notes.add(Note.about(Note.Kind.UNRESOLVED, List.of(slot.name()), slot.name() + ": the directional error " + (float) error + " is explained by the "
                        + search.cells().length + " component(s) it was localised to, which agree when checked exactly"
                        + " (" + exact.kinks() + " on a kink; the others lie within the directional step of one);"
                        + " the rest of the tensor along the same direction has error " + (float) search.rest()));
                error = Math.max(Math.max(search.rest(), sampled), exact.relativeError(search.cells()));
                v = thresholds.classify(error);
            }
        }
        boolean withinNoise = !located && unresolved(test, exact, floors);
        if (DecisionTable.unresolved(v, withinNoise)) {
            notes.add(Note.about(Note.Kind.UNRESOLVED, List.of(slot.name()), slot.name() + ": its disagreement along"
                    + " the directions and at the checked components lies below the measured noise of J, so it cannot"
                    + " be judged and counts as MARGINAL"));
        }
        List<String> odd = exact.outliers(floors, thresholds);
        if (!odd.isEmpty()) {
            check.noteOutliers(slot, odd);
        }
        boolean blind = test.inconclusive() == DirectionalTest.DIRECTIONS && exact.checked() < slot.size();
        v = DecisionTable.tensor(v, withinNoise,
                !odd.isEmpty(), blind || exact.anyUnjudged());
        return new TensorResult(slot.name(), slot.kind(), Arrays.stream(slot.shape()).boxed().toList(), error, v,
                analytic, exact.numeric(), exact.worst(), exact.kinks(), exact.checked());
    }

    /**
     * Whether the tensor's disagreement cannot be judged: the worst direction's {@code |ΔJ − g·Δθ|}
     * and the checked components' {@code ‖a − n‖} both lie within the measured noise of J (one
     * directional difference against four noise units, as for smoothness).
     */
    private boolean unresolved(DirectionalTest.Outcome test, ExactComponents exact, double[] floors) {
        double difference = DecisionTable.SMOOTH_NOISE_UNITS * check.noise().ofJ();
        boolean direction = test.root() == null || test.root().error() <= difference;
        return direction && exact.withinFloors(floors);
    }
}
