package org.gradcheck4j.benchmarks;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Random;
import java.util.function.DoubleSupplier;
import org.apiguardian.api.API;

/** What the engine is measured against: the floor of 2N bare evaluations and the course's loop. */
@API(status = INTERNAL, since = "0.1.0")
public final class Baselines {

    private Baselines() {
    }

    /** {@code count} evaluations of J and nothing else: the cost no two-sided check can go below. */
    public static double floor(DoubleSupplier cost, long count) {
        double sink = 0;
        for (long k = 0; k < count; k++) {
            sink += cost.getAsDouble();
        }
        return sink;
    }

    /**
     * The course's gradient check written plainly: for every component, copy θ into a fresh vector,
     * perturb the copy, write it into the layer and evaluate J, once up and once down; the layer is
     * put back by writing θ (the course restores θ_i by subtracting ε again).
     */
    public static double[] naive(FlatParams theta, DoubleSupplier cost, double epsilon) {
        double[] original = theta.flatten();
        double[] grad = new double[original.length];
        for (int i = 0; i < original.length; i++) {
            double[] plus = theta.flatten();
            plus[i] += epsilon;
            theta.write(plus);
            double jPlus = cost.getAsDouble();
            double[] minus = theta.flatten();
            minus[i] -= 2 * epsilon;
            theta.write(minus);
            double jMinus = cost.getAsDouble();
            minus[i] += epsilon;
            theta.write(minus);
            grad[i] = (jPlus - jMinus) / (2 * epsilon);
        }
        theta.write(original);
        return grad;
    }

    /** The bare cost {@code Σ R ⊙ y} of an output, as the harness defines it for a layer. */
    public static double project(double[][] y, double[] r) {
        double j = 0;
        int k = 0;
        for (double[] row : y) {
            for (double v : row) {
                j += r[k++] * v;
            }
        }
        return j;
    }

    /** A fixed random projection of {@code n} values. */
    public static double[] projection(int n, long seed) {
        Random random = new Random(seed);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = random.nextGaussian();
        }
        return r;
    }
}
