package org.gradcheck4j.internal.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gradcheck4j.ComponentResult;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.theta.Theta;

/**
 * Compares analytic and numeric gradients tensor by tensor and for θ as a whole, and takes the
 * verdicts. Internal.
 *
 * @param tensors each tensor's result
 * @param relativeError the relative error of θ as a whole
 * @param verdict the worst of every tensor's verdict and the overall one
 */
public record Comparison(List<TensorResult> tensors, double relativeError, Verdict verdict) {

    /** How many of the worst components each tensor result lists. */
    public static final int WORST_LISTED = 10;

    /** Compares the gradients of every slot of {@code theta}. */
    public static Comparison of(Theta theta, double[][] analytic, double[][] numeric, Thresholds thresholds) {
        List<TensorResult> tensors = new ArrayList<>();
        Verdict verdict = Verdict.PASS;
        for (int s = 0; s < analytic.length; s++) {
            TensorSlot slot = theta.slots().get(s);
            double error = RelativeError.of(analytic[s], numeric[s]);
            Verdict v = thresholds.classify(error);
            verdict = verdict.worse(v);
            tensors.add(new TensorResult(slot.name(), slot.kind(), Arrays.stream(slot.shape()).boxed().toList(), error,
                    v, analytic[s], numeric[s], worst(slot, analytic[s], numeric[s]), 0, slot.size()));
        }
        double overall = RelativeError.of(analytic, numeric);
        return new Comparison(tensors, overall, verdict.worse(thresholds.classify(overall)));
    }

    /** The components with the largest absolute difference, worst first, at most {@link #WORST_LISTED}. */
    static List<ComponentResult> worst(TensorSlot slot, double[] analytic, double[] numeric) {
        int[] top = new int[Math.min(WORST_LISTED, analytic.length)];
        int count = 0;
        for (int i = 0; i < analytic.length; i++) {
            double d = Math.abs(analytic[i] - numeric[i]);
            if (!(d > 0) && !Double.isNaN(d)) {
                continue;
            }
            int at = count < top.length ? count++ : top.length;
            while (at > 0 && worse(d, Math.abs(analytic[top[at - 1]] - numeric[top[at - 1]]))) {
                if (at < top.length) {
                    top[at] = top[at - 1];
                }
                at--;
            }
            if (at < top.length) {
                top[at] = i;
            }
        }
        List<ComponentResult> worst = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int i = top[k];
            worst.add(new ComponentResult(slot.elementName(i), i, analytic[i], numeric[i],
                    RelativeError.component(analytic[i], numeric[i]), false));
        }
        return worst;
    }

    private static boolean worse(double d, double than) {
        return d > than || Double.isNaN(d) && !Double.isNaN(than);
    }
}
