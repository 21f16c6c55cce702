package org.gradcheck4j.samples.layers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Random;
import org.apiguardian.api.API;
import org.ejml.data.DMatrixRMaj;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Constant;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.samples.Matrices;

/**
 * An embedding lookup: token ids select columns of the table {@code E} ({@code d × V}), so
 * {@code Y[:, j] = E[:, id_j]}. The ids are not differentiable ({@code @Constant}).
 *
 * <p>Backward scatters the output gradient back into the table, adding, because one id may occur
 * several times in a batch: {@code dE[:, v] = Σ_{j : id_j = v} dY[:, j]}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@GradChecked
public class Embedding {

    @Param
    private final DMatrixRMaj E;
    @Grad("E")
    private final DMatrixRMaj dE;

    private int[] ids;

    /**
     * Creates a table of small Gaussian vectors.
     *
     * @param dimension d, the size of a vector
     * @param vocabulary V, the number of ids
     * @param random the source. Modified (advanced).
     */
    public Embedding(int dimension, int vocabulary, Random random) {
        this.E = Matrices.gaussian(dimension, vocabulary, 1.0, random);
        this.dE = new DMatrixRMaj(dimension, vocabulary);
    }

    /**
     * Looks the ids up.
     *
     * @param ids a {@code 1 × m} row of whole numbers in {@code [0, V)}. Not modified.
     * @return {@code d × m}, a new matrix
     */
    @Forward
    public DMatrixRMaj forward(@Constant DMatrixRMaj ids) {
        this.ids = toIds(ids);
        DMatrixRMaj y = new DMatrixRMaj(E.numRows, this.ids.length);
        for (int j = 0; j < this.ids.length; j++) {
            for (int i = 0; i < E.numRows; i++) {
                y.set(i, j, E.get(i, this.ids[j]));
            }
        }
        return y;
    }

    private int[] toIds(DMatrixRMaj row) {
        Matrices.requireRows(row, 1, "ids");
        int[] out = new int[row.numCols];
        for (int j = 0; j < out.length; j++) {
            double v = row.get(0, j);
            if (v != Math.rint(v) || v < 0 || v >= E.numCols) {
                throw new IllegalArgumentException("id " + v + " at column " + j + " is not a whole number in [0, "
                        + E.numCols + ")");
            }
            out[j] = (int) v;
        }
        return out;
    }

    /**
     * Fills {@code dE}.
     *
     * @param dy ∂J/∂Y, {@code d × m}. Not modified.
     */
    @Backward
    public void backward(DMatrixRMaj dy) {
        dE.zero();
        scatter(dy, ids, dE);
    }

    /**
     * Scatters the output gradient into the table's gradient; a subclass may override it (the bug
     * gallery plants errors here). Adds {@code dY[:, j]} to {@code dE[:, id_j]} for every j, so a token
     * that occurs twice gets both contributions.
     *
     * @param dy ∂J/∂Y, one column per token. Not modified.
     * @param ids the token ids of the forward pass, one per column of {@code dy}. Not modified.
     * @param dE the table's gradient, zeroed by the caller. Modified: the contributions are added.
     */
    protected void scatter(DMatrixRMaj dy, int[] ids, DMatrixRMaj dE) {
        for (int j = 0; j < ids.length; j++) {
            for (int i = 0; i < dE.numRows; i++) {
                dE.add(i, ids[j], dy.get(i, j));
            }
        }
    }

    /**
     * The embedding table.
     *
     * @return {@code E}, one column per token id; live, not a copy
     */
    public DMatrixRMaj table() {
        return E;
    }
}
