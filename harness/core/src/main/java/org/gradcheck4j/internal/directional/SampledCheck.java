package org.gradcheck4j.internal.directional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.gradcheck4j.Note;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.internal.comparison.Comparison;
import org.gradcheck4j.internal.differences.Richardson;
import org.gradcheck4j.internal.differences.Noise;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.verdict.DecisionTable;

/**
 * The sampled mode: every tensor (folded to rows × columns, see {@link Grid}) is checked exactly,
 * component by component as the exhaustive mode checks it, on a stratified random sample in which
 * every row and every column is represented: max(rows, cols) components, so a vector is checked
 * whole and an r × c matrix costs 2·max(r, c) evaluations of J instead of 2·r·c. A tensor is judged
 * by the exhaustive mode's rules over its sample (norm ratio, kinks, Richardson re-examination of a
 * tensor in doubt, measured noise, outliers: {@link DecisionTable}); the components outside the sample are NaN
 * in {@code numeric} and not judged at all. θ's overall error is the largest tensor error.
 * Internal.
 */
final class SampledCheck {

    private final PartialCheck check;

    private SampledCheck(PartialCheck check) {
        this.check = check;
    }

    /**
     * Checks a sample of every tensor of θ.
     *
     * @param analytic the analytic gradient, one array per slot. Not modified.
     */
    static Comparison run(PartialCheck check, double[][] analytic) {
        return new SampledCheck(check).run(analytic);
    }

    private Comparison run(double[][] analytic) {
        List<TensorResult> tensors = new ArrayList<>();
        Verdict verdict = Verdict.PASS;
        double overall = 0;
        long checked = 0;
        for (int s = 0; s < analytic.length; s++) {
            TensorResult t = tensor(check.theta().slots().get(s), analytic[s], s);
            tensors.add(t);
            verdict = verdict.worse(t.verdict());
            overall = Math.max(overall, t.relativeError());
            checked += t.checked();
        }
        check.notes().add(0, Note.of(Note.Kind.MODE, "sampled mode: " + checked + " of " + check.theta().size() + " components checked exactly, on a"
                + " stratified sample of each tensor in which every row and every column is represented; the"
                + " other components are NaN in numeric and were not checked, so a mistake confined to them"
                + " cannot show"));
        return new Comparison(tensors, overall, verdict, List.of(), List.of());
    }

    private TensorResult tensor(TensorSlot slot, double[] analytic, int index) {
        Grid grid = Grid.of(slot.shape(), slot.size());
        int[] sample = StratifiedSample.draw(grid, IntStream.range(0, grid.rows()).toArray(),
                IntStream.range(0, grid.cols()).toArray(), Math.max(grid.rows(), grid.cols()),
                check.tensorSeed(index));
        ExactComponents exact = new ExactComponents(slot, analytic);
        Thresholds thresholds = check.thresholds();
        exact.compute(sample, check.cost(), check.epsilon());
        exact.examineKinks(check.examiningCost(), check.j0(), check.noise(), check.epsilon(), thresholds);
        double[] floors = check.floors(slot);
        double error = exact.relativeError(sample);
        List<String> odd = exact.outliers(floors, thresholds);
        if (DecisionTable.reexamine(thresholds.classify(error), exact.difference(), Noise.norm(floors), !odd.isEmpty())) {
            error = reexamine(slot, exact, sample, error, floors);
            odd = exact.outliers(floors, thresholds);
        }
        boolean withinNoise = exact.withinFloors(floors);
        Verdict v = DecisionTable.tensor(error, thresholds, withinNoise, !odd.isEmpty(), exact.anyUnjudged());
        if (DecisionTable.unresolved(thresholds.classify(error), withinNoise)) {
            check.notes().add(Note.about(Note.Kind.UNRESOLVED, List.of(slot.name()), slot.name() + ": the disagreement"
                    + " of its checked components lies below the measured noise of J, so it cannot be judged and counts"
                    + " as MARGINAL"));
        }
        if (!odd.isEmpty()) {
            check.noteOutliers(slot, odd);
        }
        return new TensorResult(slot.name(), slot.kind(), Arrays.stream(slot.shape()).boxed().toList(), error, v,
                analytic, exact.numeric(), exact.worst(), exact.kinks(), exact.checked());
    }

    /** A sample in doubt, judged again with Richardson extrapolation where it shows J smooth. */
    private double reexamine(TensorSlot slot, ExactComponents exact, int[] sample, double error, double[] floors) {
        double step = slot.isSinglePrecision() ? Richardson.FLOAT_STEP : Richardson.DOUBLE_STEP;
        double refined = exact.refine(sample, check.examiningCost(), step, floors, check.thresholds());
        check.notes().add(Note.about(Note.Kind.REEXAMINED, List.of(slot.name()), slot.name() + ": sample re-examined"
                + " with Richardson extrapolation (steps " + (float) step + " and " + (float) (step / 2) + ", "
                + 4 * sample.length + " extra evaluations of J at most): relative error " + (float) error + " → "
                + (float) refined));
        return refined;
    }
}
