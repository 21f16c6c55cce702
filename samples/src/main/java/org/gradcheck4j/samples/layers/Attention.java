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
import org.gradcheck4j.samples.losses.SoftmaxCrossEntropy;

/**
 * Scaled dot-product self-attention, one head, over a sequence of n tokens given as the columns
 * of {@code X} ({@code d × n}): {@code Q = Wq·X}, {@code K = Wk·X}, {@code V = Wv·X},
 * {@code S = Kᵀ·Q / sqrt(d_k)} (so {@code S[i, j]} scores key i for query j),
 * {@code A = softmax} of each column of S, and the output {@code O = V·A} ({@code d_v × n}).
 *
 * <p>Backward: {@code dV = dO·Aᵀ}, {@code dA = Vᵀ·dO},
 * {@code dS[:, j] = A[:, j] ⊙ (dA[:, j] − A[:, j]·dA[:, j])}, {@code dQ = K·dS / sqrt(d_k)},
 * {@code dK = Q·dSᵀ / sqrt(d_k)}, {@code dW· = d·Xᵀ} for each projection, and
 * {@code dX = Wqᵀ·dQ + Wkᵀ·dK + Wvᵀ·dV}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@GradChecked
public class Attention {

    @Param
    private final DMatrixRMaj Wq;
    @Param
    private final DMatrixRMaj Wk;
    @Param
    private final DMatrixRMaj Wv;
    @Grad("Wq")
    private final DMatrixRMaj dWq;
    @Grad("Wk")
    private final DMatrixRMaj dWk;
    @Grad("Wv")
    private final DMatrixRMaj dWv;

    private DMatrixRMaj x;
    private DMatrixRMaj q;
    private DMatrixRMaj k;
    private DMatrixRMaj v;
    private DMatrixRMaj attention;

    /**
     * Creates a head with Xavier-scaled projections.
     *
     * @param model d, the size of a token
     * @param keys d_k, the size of queries and keys
     * @param values d_v, the size of values and outputs
     * @param random the source. Modified (advanced).
     */
    public Attention(int model, int keys, int values, Random random) {
        double scale = Math.sqrt(1.0 / model);
        this.Wq = Matrices.gaussian(keys, model, scale, random);
        this.Wk = Matrices.gaussian(keys, model, scale, random);
        this.Wv = Matrices.gaussian(values, model, scale, random);
        this.dWq = new DMatrixRMaj(keys, model);
        this.dWk = new DMatrixRMaj(keys, model);
        this.dWv = new DMatrixRMaj(values, model);
    }

    /**
     * Attends every token to every token.
     *
     * @param x the tokens, {@code d × n}. Not modified; kept for the backward pass.
     * @return {@code O = V·A}, {@code d_v × n}, a new matrix
     */
    @Forward
    public DMatrixRMaj forward(DMatrixRMaj x) {
        Matrices.requireRows(x, Wq.numCols, "tokens X");
        this.x = x;
        q = CommonOps_DDRM.mult(Wq, x, null);
        k = CommonOps_DDRM.mult(Wk, x, null);
        v = CommonOps_DDRM.mult(Wv, x, null);
        DMatrixRMaj scores = CommonOps_DDRM.multTransA(1 / Math.sqrt(q.numRows), k, q, null);
        attention = SoftmaxCrossEntropy.softmax(scores);
        return CommonOps_DDRM.mult(v, attention, null);
    }

    /**
     * Fills {@code dWq}, {@code dWk}, {@code dWv} and returns {@code dX}.
     *
     * @param dout ∂J/∂O, {@code d_v × n}. Not modified.
     * @return ∂J/∂X, {@code d × n}, a new matrix
     */
    @Backward
    public DMatrixRMaj backward(DMatrixRMaj dout) {
        DMatrixRMaj dv = valueGradient(dout, attention);
        DMatrixRMaj dAttention = CommonOps_DDRM.multTransA(v, dout, null);
        DMatrixRMaj dScores = scoreGradient(attention, dAttention);
        double scale = 1 / Math.sqrt(q.numRows);
        DMatrixRMaj dq = CommonOps_DDRM.mult(scale, k, dScores, null);
        DMatrixRMaj dk = CommonOps_DDRM.multTransB(scale, q, dScores, null);
        CommonOps_DDRM.multTransB(dq, x, dWq);
        CommonOps_DDRM.multTransB(dk, x, dWk);
        CommonOps_DDRM.multTransB(dv, x, dWv);
        return inputGradient(dq, dk, dv);
    }

    /** {@code dV = dO·Aᵀ}. */
    protected DMatrixRMaj valueGradient(DMatrixRMaj dout, DMatrixRMaj attention) {
        return CommonOps_DDRM.multTransB(dout, attention, null);
    }

    /** The softmax backward, column by column: {@code dS[:, j] = A[:, j] ⊙ (dA[:, j] − A[:, j]·dA[:, j])}. */
    protected DMatrixRMaj scoreGradient(DMatrixRMaj attention, DMatrixRMaj dAttention) {
        int n = attention.numRows;
        DMatrixRMaj ds = new DMatrixRMaj(n, attention.numCols);
        for (int j = 0; j < attention.numCols; j++) {
            double dot = 0;
            for (int i = 0; i < n; i++) {
                dot += attention.get(i, j) * dAttention.get(i, j);
            }
            for (int i = 0; i < n; i++) {
                ds.set(i, j, attention.get(i, j) * (dAttention.get(i, j) - dot));
            }
        }
        return ds;
    }

    /** {@code dX = Wqᵀ·dQ + Wkᵀ·dK + Wvᵀ·dV}. */
    protected DMatrixRMaj inputGradient(DMatrixRMaj dq, DMatrixRMaj dk, DMatrixRMaj dv) {
        DMatrixRMaj dx = CommonOps_DDRM.multTransA(Wq, dq, null);
        CommonOps_DDRM.multAddTransA(Wk, dk, dx);
        CommonOps_DDRM.multAddTransA(Wv, dv, dx);
        return dx;
    }

    /** The query projection (live). */
    public DMatrixRMaj queryWeights() {
        return Wq;
    }

    /** The key projection (live). */
    public DMatrixRMaj keyWeights() {
        return Wk;
    }

    /** The value projection (live). */
    public DMatrixRMaj valueWeights() {
        return Wv;
    }
}
