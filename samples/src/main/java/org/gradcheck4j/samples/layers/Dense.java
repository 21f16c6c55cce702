package org.gradcheck4j.samples.layers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Random;
import org.apiguardian.api.API;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.samples.Matrices;
import org.gradcheck4j.samples.init.Initializer;

/**
 * A fully connected layer {@code Z = W·X + b} over a batch of column examples.
 *
 * <p>Backward, for {@code dZ = ∂J/∂Z}: {@code dW = dZ·Xᵀ}, {@code db = Σ_j dZ[:, j]},
 * {@code dX = Wᵀ·dZ}. The batch average belongs to the cost, not to this layer.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@GradChecked
public class Dense {

    @Param
    private final DMatrixRMaj W;
    @Param
    private final DMatrixRMaj b;
    @Grad("W")
    private final DMatrixRMaj dW;
    @Grad("b")
    private final DMatrixRMaj db;

    private DMatrixRMaj x;

    /**
     * Creates a layer with weights drawn by {@code init} and a zero bias.
     *
     * @param inputs n_in
     * @param outputs n_out
     * @param init the weight initialiser
     * @param random the source. Modified (advanced).
     */
    public Dense(int inputs, int outputs, Initializer init, Random random) {
        this(init.weights(outputs, inputs, random), new DMatrixRMaj(outputs, 1));
    }

    /**
     * Creates a layer with the given weights and bias (kept, not copied).
     *
     * @param weights {@code n_out × n_in}
     * @param bias {@code n_out × 1}
     */
    public Dense(DMatrixRMaj weights, DMatrixRMaj bias) {
        Matrices.requireShape(bias, weights.numRows, 1, "bias b");
        this.W = weights;
        this.b = bias;
        this.dW = new DMatrixRMaj(weights.numRows, weights.numCols);
        this.db = new DMatrixRMaj(weights.numRows, 1);
    }

    /**
     * Computes {@code Z = W·X + b}.
     *
     * @param x {@code n_in × m}. Not modified; kept for the backward pass.
     * @return {@code Z}, {@code n_out × m}
     */
    @Forward
    public DMatrixRMaj forward(DMatrixRMaj x) {
        Matrices.requireRows(x, W.numCols, "input X");
        this.x = x;
        DMatrixRMaj z = CommonOps_DDRM.mult(W, x, null);
        return Matrices.addToColumns(z, b);
    }

    /**
     * Fills {@code dW} and {@code db} and returns {@code dX}.
     *
     * @param dz ∂J/∂Z, {@code n_out × m}. Not modified.
     * @return ∂J/∂X, {@code n_in × m}
     */
    @Backward
    public DMatrixRMaj backward(DMatrixRMaj dz) {
        computeWeightGradient(dz, x, dW);
        computeBiasGradient(dz, db);
        return computeInputGradient(dz, W);
    }

    /**
     * Writes the weight gradient; a subclass may override it (the bug gallery plants errors here).
     *
     * @param dz ∂J/∂Z ({@code n_out × m}). Not modified.
     * @param x the input of the forward pass ({@code n_in × m}). Not modified.
     * @param dW the weight gradient ({@code n_out × n_in}). Modified: set to {@code dZ·Xᵀ}.
     */
    protected void computeWeightGradient(DMatrixRMaj dz, DMatrixRMaj x, DMatrixRMaj dW) {
        CommonOps_DDRM.multTransB(dz, x, dW);
    }

    /**
     * Writes the bias gradient; a subclass may override it.
     *
     * @param dz ∂J/∂Z ({@code n_out × m}). Not modified.
     * @param db the bias gradient ({@code n_out × 1}). Modified: set to {@code Σ_j dZ[:, j]}.
     */
    protected void computeBiasGradient(DMatrixRMaj dz, DMatrixRMaj db) {
        Matrices.sumColumns(dz, db);
    }

    /**
     * The gradient of the input; a subclass may override it.
     *
     * @param dz ∂J/∂Z ({@code n_out × m}). Not modified.
     * @param W the weights ({@code n_out × n_in}). Not modified.
     * @return {@code dX = Wᵀ·dZ}, a new {@code n_in × m} matrix
     */
    protected DMatrixRMaj computeInputGradient(DMatrixRMaj dz, DMatrixRMaj W) {
        return CommonOps_DDRM.multTransA(W, dz, null);
    }

    /**
     * The weights.
     *
     * @return {@code W} ({@code n_out × n_in}); live, not a copy
     */
    public DMatrixRMaj weights() {
        return W;
    }

    /**
     * The bias.
     *
     * @return {@code b} ({@code n_out × 1}); live, not a copy
     */
    public DMatrixRMaj bias() {
        return b;
    }

    /**
     * The gradient of the weights from the last backward pass.
     *
     * @return {@code dW}; live: the next backward pass overwrites it
     */
    public DMatrixRMaj weightGradient() {
        return dW;
    }

    /**
     * The gradient of the bias from the last backward pass.
     *
     * @return {@code db}; live: the next backward pass overwrites it
     */
    public DMatrixRMaj biasGradient() {
        return db;
    }
}
