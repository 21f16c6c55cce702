package org.gradcheck4j.internal.comparison;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.apiguardian.api.API;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.internal.differences.Kinks;
import org.gradcheck4j.internal.differences.Noise;
import org.gradcheck4j.internal.differences.Richardson;
import org.gradcheck4j.internal.differences.StepPolicy;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.theta.Theta;
import org.gradcheck4j.internal.verdict.DecisionTable;

/**
 * The exhaustive mode's second look: only the tensors that the decision table sends to
 * re-examination ({@link DecisionTable#reexamine}) get Richardson-extrapolated values, component by
 * component; a value stands where it shows J smooth over the larger steps
 * ({@link DecisionTable#refinedStands}), and the comparison is taken again, so the verdict may get
 * better or worse. A tensor that FAILs plainly, or PASSes, costs nothing here. Internal.
 *
 * @param comparison the comparison after the re-examination (the first one when nothing was re-examined)
 * @param tensors the names of the re-examined tensors
 * @param evaluations the evaluations of J it cost
 * @param replaced how many components took the extrapolated value
 * @param step the base step of the extrapolation
 */
@API(status = INTERNAL, since = "0.1.0")
public record Reexamination(Comparison comparison, List<String> tensors, long evaluations, int replaced,
                            double step) {

    /**
     * Re-examines what {@code first} leaves in doubt.
     *
     * @param numeric the first-pass numeric gradient. Not modified.
     * @param floors the first-pass noise floors. Not modified.
     */
    public static Reexamination of(Comparison first, Theta theta, DoubleSupplier cost, double[][] analytic,
                                   double[][] numeric, Kinks kinks, double[][] floors, Noise noise,
                                   Thresholds thresholds) {
        double step = theta.hasSinglePrecision() ? Richardson.FLOAT_STEP : Richardson.DOUBLE_STEP;
        double[][] refined = numeric.clone();
        double[][] refinedFloors = floors.clone();
        List<String> names = new ArrayList<>();
        long evaluations = 0;
        int replaced = 0;
        for (int s = 0; s < numeric.length; s++) {
            TensorSlot slot = theta.slots().get(s);
            if (!needed(thresholds.classify(first.tensors().get(s).relativeError()), analytic[s], numeric[s], kinks.excluded(s), floors[s],
                    thresholds)) {
                continue;
            }
            names.add(slot.name());
            refined[s] = numeric[s].clone();
            refinedFloors[s] = floors[s].clone();
            boolean[] excluded = kinks.excluded(s);
            for (int i = 0; i < refined[s].length; i++) {
                if (excluded[i] || Double.isNaN(numeric[s][i])) {
                    continue;
                }
                double r = Richardson.derivative(slot, i, cost, step);
                evaluations += 4;
                if (DecisionTable.refinedStands(numeric[s][i], r, floors[s][i], thresholds)) {
                    refined[s][i] = r;
                    refinedFloors[s][i] = Richardson.NOISE_FACTOR * noise.ofDifference(StepPolicy.step(slot.get(i), step));
                    replaced++;
                }
            }
        }
        if (names.isEmpty()) {
            return new Reexamination(first, names, 0, 0, step);
        }
        Comparison second = Comparison.of(theta, analytic, refined, kinks, refinedFloors, thresholds);
        return new Reexamination(second, names, evaluations, replaced, step);
    }

    private static boolean needed(Verdict v, double[] analytic, double[] numeric, boolean[] kinks, double[] floors,
                                  Thresholds thresholds) {
        double diff2 = 0;
        for (int i = 0; i < analytic.length; i++) {
            double d = kinks[i] ? 0 : analytic[i] - numeric[i];
            diff2 += Double.isNaN(d) ? 0 : d * d;
        }
        boolean outliers = !Outliers.of(analytic, numeric, kinks, floors, thresholds).isEmpty();
        return DecisionTable.reexamine(v, Math.sqrt(diff2), Noise.norm(floors), outliers);
    }
}
