package com.example.modular.selfcheck;

import com.example.modular.layers.Scale;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.GradCheckResult;

/** The module's own check of its layers, e.g. for a start-up sanity check in a debug build. */
public final class SelfCheck {

    private SelfCheck() {
    }

    /** Gradient-checks a {@link Scale} of {@code n} components at a fixed point. */
    public static GradCheckResult scale(int n, boolean plantedBug) {
        double[] w = new double[n];
        double[] b = new double[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 0.5 + 0.1 * i;
            b[i] = -0.2 * i;
            x[i] = 1.0 - 0.3 * i;
        }
        return GradCheck.of(new Scale(w, b, plantedBug)).input(x).seed(7).run();
    }
}
