package org.gradcheck4j.kinks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.internal.ResultListeners;

/** Runs a family of seeded precision checks and lists the seeds whose result breaks a rule. */
final class PrecisionCases {

    private PrecisionCases() {
    }

    /**
     * The results of {@code seeds} checks built by {@code check} (seeds 0, 1, …) that do not satisfy
     * {@code rule}, each as a line with its seed, verdict and relative error.
     */
    static List<String> breaking(int seeds, Function<Random, GradCheck> check, Predicate<GradCheckResult> rule) {
        List<String> broken = new ArrayList<>();
        for (long seed = 0; seed < seeds; seed++) {
            long s = seed;
            GradCheckResult r = ResultListeners.muted(() -> check.apply(new Random(s)).seed(s).run());
            if (!rule.test(r)) {
                broken.add("seed " + s + ": " + r.verdict() + " " + r.tensors().stream()
                        .map(t -> t.name() + "=" + t.verdict() + "/" + String.format("%.3g", t.relativeError()))
                        .toList() + " hints " + r.hints().size());
            }
        }
        return broken;
    }

    /** rows × cols normal values times {@code scale}. */
    static double[][] matrix(int rows, int cols, double scale, Random random) {
        double[][] m = VectorMath.gaussian(rows, cols, random);
        for (double[] row : m) {
            for (int k = 0; k < cols; k++) {
                row[k] *= scale;
            }
        }
        return m;
    }

    /** n normal values times {@code scale}, plus {@code shift}. */
    static double[] vector(int n, double scale, double shift, Random random) {
        double[] v = VectorMath.gaussian(n, random);
        for (int k = 0; k < n; k++) {
            v[k] = shift + scale * v[k];
        }
        return v;
    }
}
