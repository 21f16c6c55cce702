package org.gradcheck4j.samples.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.ejml.data.DMatrixRMaj;

/**
 * Examples and labels, one example per column.
 *
 * @param x the features, {@code n_x × m}
 * @param y the labels, {@code n_y × m}
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Dataset(DMatrixRMaj x, DMatrixRMaj y) {

    /**
     * Checks that features and labels have the same number of examples.
     *
     * @param x the features, {@code n_x × m}
     * @param y the labels, {@code n_y × m}
     * @throws IllegalArgumentException if their column counts differ
     */
    public Dataset {
        if (x.numCols != y.numCols) {
            throw new IllegalArgumentException(x.numCols + " examples but " + y.numCols + " labels");
        }
    }

    /**
     * The number of examples.
     *
     * @return m, the columns of {@code x} and {@code y}
     */
    public int size() {
        return x.numCols;
    }
}
