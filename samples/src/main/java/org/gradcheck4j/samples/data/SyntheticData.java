package org.gradcheck4j.samples.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Random;
import org.apiguardian.api.API;
import org.ejml.data.DMatrixRMaj;

/**
 * Small seeded data sets for training the samples.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class SyntheticData {

    private SyntheticData() {
    }

    /**
     * Points uniform in the square {@code [−1, 1]²}, labelled 1 inside the circle of radius
     * {@code sqrt(0.5)} around the origin (about 39% of them) and 0 outside: not linearly separable,
     * so the network needs its hidden layers.
     *
     * @param m the number of examples
     * @param random the source. Modified (advanced).
     * @return {@code X} ({@code 2 × m}) and {@code Y} ({@code 1 × m})
     */
    public static Dataset circle(int m, Random random) {
        if (m < 1) {
            throw new IllegalArgumentException("need at least one example, got " + m);
        }
        DMatrixRMaj x = new DMatrixRMaj(2, m);
        DMatrixRMaj y = new DMatrixRMaj(1, m);
        for (int j = 0; j < m; j++) {
            double u = 2 * random.nextDouble() - 1;
            double v = 2 * random.nextDouble() - 1;
            x.set(0, j, u);
            x.set(1, j, v);
            y.set(0, j, u * u + v * v < 0.5 ? 1 : 0);
        }
        return new Dataset(x, y);
    }
}
