package org.gradcheck4j.internal.diagnosis;

import java.util.ArrayList;
import java.util.List;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.internal.model.LayerModel;
import org.gradcheck4j.internal.objective.Objective;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.theta.Theta;

/**
 * For a layer with several outputs, measures the gradient through each output alone: backward
 * given R_k for output k and zeros for the others, against the central difference of that
 * output's term of J along d = a − n (the direction in which the whole gradient is wrong; NaN for
 * unmeasured components counts as 0). One backward pass per output and two forward passes; θ is
 * restored bit-exactly. Internal.
 */
final class OutputPaths {

    private static final double DOUBLE_STEP = 1e-5;
    private static final double FLOAT_STEP = 1e-2;

    private OutputPaths() {
    }

    static List<Evidence.OutputPath> measure(LayerModel model, Theta theta, Objective objective,
                                             List<TensorResult> tensors) {
        int outputs = objective.outputCount();
        double[][] d = direction(tensors);
        double largest = largest(d);
        if (outputs < 2 || largest == 0) {
            return List.of();
        }
        double h = (theta.hasSinglePrecision() ? FLOAT_STEP : DOUBLE_STEP) / largest;
        double[][] saved = theta.snapshot();
        double[] plus;
        double[] minus;
        try {
            move(theta, saved, d, h);
            plus = withPenalty(objective.outputTerms(), objective.penalty());
            move(theta, saved, d, -h);
            minus = withPenalty(objective.outputTerms(), objective.penalty());
        } finally {
            theta.restore(saved);
        }
        List<String> names = model.outputNames(outputs);
        List<Evidence.OutputPath> paths = new ArrayList<>();
        for (int k = 0; k < outputs; k++) {
            double analytic = dot(objective.outputGradients(theta, k), d);
            double numeric = (plus[k] - minus[k]) / (2 * h);
            double denominator = Math.abs(analytic) + Math.abs(numeric);
            paths.add(new Evidence.OutputPath(names.get(k), denominator == 0 ? 0
                    : Math.abs(analytic - numeric) / denominator));
        }
        return paths;
    }

    /** Each output's term of J plus the whole penalty, whose gradient backward adds whatever dy it gets. */
    private static double[] withPenalty(double[] terms, double penalty) {
        for (int k = 0; k < terms.length; k++) {
            terms[k] += penalty;
        }
        return terms;
    }

    private static double[][] direction(List<TensorResult> tensors) {
        double[][] d = new double[tensors.size()][];
        for (int s = 0; s < d.length; s++) {
            double[] a = tensors.get(s).analytic();
            double[] n = tensors.get(s).numeric();
            d[s] = new double[a.length];
            for (int i = 0; i < a.length && i < n.length; i++) {
                double v = a[i] - n[i];
                d[s][i] = Double.isFinite(v) ? v : 0;
            }
        }
        return d;
    }

    private static double largest(double[][] d) {
        double m = 0;
        for (double[] row : d) {
            for (double v : row) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return m;
    }

    private static void move(Theta theta, double[][] saved, double[][] d, double h) {
        for (int s = 0; s < d.length; s++) {
            TensorSlot slot = theta.slots().get(s);
            for (int i = 0; i < d[s].length; i++) {
                if (d[s][i] != 0) {
                    slot.set(i, saved[s][i] + h * d[s][i]);
                }
            }
        }
    }

    private static double dot(double[][] g, double[][] d) {
        double sum = 0;
        for (int s = 0; s < d.length; s++) {
            for (int i = 0; i < d[s].length; i++) {
                sum += g[s][i] * d[s][i];
            }
        }
        return sum;
    }
}
