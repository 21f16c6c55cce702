package org.gradcheck4j.internal.comparison;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;
import org.gradcheck4j.ComponentResult;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.internal.differences.Kinks;
import org.gradcheck4j.internal.differences.Noise;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.theta.Theta;
import org.gradcheck4j.internal.verdict.DecisionTable;

/**
 * Compares analytic and numeric gradients tensor by tensor and for θ as a whole, and takes the
 * verdicts by the rules of {@link DecisionTable}: components on a kink count as agreeing, a tensor
 * with kinks it could not judge (inconclusive) is at best MARGINAL, a disagreement within the
 * measured noise is MARGINAL (unresolved), and a tensor with outlying components fails whatever its
 * norm ratio. Internal.
 *
 * @param tensors each tensor's result
 * @param relativeError the relative error of θ as a whole
 * @param verdict the worst of every tensor's verdict and the overall one
 * @param outliers for each outlying component, its name (which made its tensor FAIL)
 * @param unresolved the tensors whose disagreement lies below the measured noise: MARGINAL at worst
 */
@API(status = INTERNAL, since = "0.1.0")
public record Comparison(List<TensorResult> tensors, double relativeError, Verdict verdict, List<String> outliers,
                         List<String> unresolved) {

    /** How many of the worst components each tensor result lists. */
    public static final int WORST_LISTED = 10;

    /**
     * Compares the gradients of every slot of {@code theta}; kink components count as agreeing, and
     * a tensor whose disagreement lies within its noise is MARGINAL at worst.
     *
     * @param floors the noise floor of every numeric component. Not modified.
     */
    public static Comparison of(Theta theta, double[][] analytic, double[][] numeric, Kinks kinks,
                                double[][] floors, Thresholds thresholds) {
        double[][] judged = new double[numeric.length][];
        RelativeError.Sums[] sums = new RelativeError.Sums[numeric.length];
        List<TensorResult> tensors = new ArrayList<>();
        List<String> outliers = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        Verdict verdict = Verdict.PASS;
        for (int s = 0; s < analytic.length; s++) {
            TensorSlot slot = theta.slots().get(s);
            boolean[] excluded = kinks.excluded(s);
            judged[s] = judged(analytic[s], numeric[s], excluded);
            sums[s] = RelativeError.Sums.of(analytic[s], judged[s]);
            double error = sums[s].error();
            boolean withinNoise = Noise.within(analytic[s], judged[s], Noise.norm(floors[s]));
            List<Integer> odd = Outliers.of(analytic[s], numeric[s], excluded, floors[s], thresholds);
            Verdict v = DecisionTable.tensor(error, thresholds, withinNoise, !odd.isEmpty(), kinks.inconclusive(s) > 0);
            if (DecisionTable.unresolved(thresholds.classify(error), withinNoise)) {
                unresolved.add(slot.name());
            }
            odd.stream().limit(WORST_LISTED).forEach(i -> outliers.add(slot.elementName(i)));
            verdict = verdict.worse(v);
            tensors.add(new TensorResult(slot.name(), slot.kind(), Arrays.stream(slot.shape()).boxed().toList(), error,
                    v, analytic[s], numeric[s], worst(slot, analytic[s], judged[s]), kinks.count(s), slot.size()));
        }
        double overall = RelativeError.Sums.combined(sums).error();
        return new Comparison(tensors, overall,
                DecisionTable.overall(verdict, overall, thresholds, withinAll(analytic, judged, floors)), outliers, unresolved);
    }

    private static boolean withinAll(double[][] analytic, double[][] judged, double[][] floors) {
        double diff2 = 0;
        for (int s = 0; s < analytic.length; s++) {
            for (int i = 0; i < analytic[s].length; i++) {
                double d = analytic[s][i] - judged[s][i];
                diff2 += Double.isNaN(d) ? 0 : d * d;
            }
        }
        return Math.sqrt(diff2) <= Noise.norm(floors);
    }

    /** The numeric values as judged: an excluded component (a kink, say) takes its analytic value. */
    private static double[] judged(double[] analytic, double[] numeric, boolean[] kink) {
        double[] j = numeric.clone();
        for (int i = 0; i < j.length; i++) {
            if (kink[i]) {
                j[i] = analytic[i];
            }
        }
        return j;
    }

    /** The components with the largest absolute difference, worst first, at most {@link #WORST_LISTED}. */
    static List<ComponentResult> worst(TensorSlot slot, double[] analytic, double[] numeric) {
        int[] top = new int[Math.min(WORST_LISTED, analytic.length)];
        double[] topDiff = new double[top.length];
        int count = 0;
        for (int i = 0; i < analytic.length; i++) {
            double d = Math.abs(analytic[i] - numeric[i]);
            if (!(d > 0) || count == top.length && d <= topDiff[count - 1]) {
                continue;
            }
            int at = count < top.length ? count++ : top.length - 1;
            while (at > 0 && d > topDiff[at - 1]) {
                top[at] = top[at - 1];
                topDiff[at] = topDiff[at - 1];
                at--;
            }
            top[at] = i;
            topDiff[at] = d;
        }
        List<ComponentResult> worst = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int i = top[k];
            worst.add(new ComponentResult(slot.elementName(i), i, analytic[i], numeric[i],
                    RelativeError.component(analytic[i], numeric[i]), false));
        }
        return worst;
    }
}
