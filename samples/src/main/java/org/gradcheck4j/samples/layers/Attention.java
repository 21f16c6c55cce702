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
import org.gradcheck4j.annotation.Tensors;
import org.gradcheck4j.samples.Matrices;
import org.gradcheck4j.samples.losses.SoftmaxCrossEntropy;

/**
 * Scaled dot-product attention, one head, with its three real inputs: the query tokens
 * {@code Xq} ({@code d × n_q}) and the key and value tokens {@code Xk}, {@code Xv} ({@code d × n}),
 * one token per column: {@code Q = Wq·Xq}, {@code K = Wk·Xk}, {@code V = Wv·Xv},
 * {@code S = Kᵀ·Q / sqrt(d_k)} (so {@code S[i, j]} scores key i for query j),
 * {@code A = softmax} of each column of S, and the output {@code O = V·A} ({@code d_v × n_q}).
 * Self-attention passes the same tokens three times (as three tensors: copies).
 *
 * <p>Backward: {@code dV = dO·Aᵀ}, {@code dA = Vᵀ·dO},
 * {@code dS[:, j] = A[:, j] ⊙ (dA[:, j] − A[:, j]·dA[:, j])}, {@code dQ = K·dS / sqrt(d_k)},
 * {@code dK = Q·dSᵀ / sqrt(d_k)}; {@code dWq = dQ·Xqᵀ}, {@code dWk = dK·Xkᵀ}, {@code dWv = dV·Xvᵀ};
 * and the three input gradients {@code dXq = Wqᵀ·dQ}, {@code dXk = Wkᵀ·dK}, {@code dXv = Wvᵀ·dV}.
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

    private DMatrixRMaj xq;
    private DMatrixRMaj xk;
    private DMatrixRMaj xv;
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
     * Attends every query to every key.
     *
     * @param queries Xq, {@code d × n_q}. Not modified; kept for the backward pass.
     * @param keys Xk, {@code d × n}. Not modified; kept for the backward pass.
     * @param values Xv, {@code d × n}. Not modified; kept for the backward pass.
     * @return {@code O = V·A}, {@code d_v × n_q}, a new matrix
     */
    @Forward
    public DMatrixRMaj forward(DMatrixRMaj queries, DMatrixRMaj keys, DMatrixRMaj values) {
        Matrices.requireRows(queries, Wq.numCols, "query tokens Xq");
        Matrices.requireShape(keys, Wk.numCols, values.numCols, "key tokens Xk");
        Matrices.requireRows(values, Wv.numCols, "value tokens Xv");
        this.xq = queries;
        this.xk = keys;
        this.xv = values;
        q = CommonOps_DDRM.mult(Wq, queries, null);
        k = CommonOps_DDRM.mult(Wk, keys, null);
        v = CommonOps_DDRM.mult(Wv, values, null);
        DMatrixRMaj scores = CommonOps_DDRM.multTransA(1 / Math.sqrt(q.numRows), k, q, null);
        attention = SoftmaxCrossEntropy.softmax(scores);
        return CommonOps_DDRM.mult(v, attention, null);
    }

    /**
     * Fills {@code dWq}, {@code dWk}, {@code dWv} and returns the gradients of the three inputs.
     *
     * @param dout ∂J/∂O, {@code d_v × n_q}. Not modified.
     * @return {@code Tensors.of(dXq, dXk, dXv)}, new matrices
     */
    @Backward
    public Tensors backward(DMatrixRMaj dout) {
        DMatrixRMaj dv = valueGradient(dout, attention);
        DMatrixRMaj dAttention = CommonOps_DDRM.multTransA(v, dout, null);
        DMatrixRMaj dScores = scoreGradient(attention, dAttention);
        double scale = 1 / Math.sqrt(q.numRows);
        DMatrixRMaj dq = CommonOps_DDRM.mult(scale, k, dScores, null);
        DMatrixRMaj dk = CommonOps_DDRM.multTransB(scale, q, dScores, null);
        CommonOps_DDRM.multTransB(dq, xq, dWq);
        CommonOps_DDRM.multTransB(dk, xk, dWk);
        CommonOps_DDRM.multTransB(dv, xv, dWv);
        return Tensors.of(CommonOps_DDRM.multTransA(Wq, dq, null), keyInputGradient(dk),
                CommonOps_DDRM.multTransA(Wv, dv, null));
    }

    /**
     * The gradient of the values; a subclass may override it (the bug gallery plants errors here).
     *
     * @param dout dO, ∂J/∂O ({@code d_v × n_q}). Not modified.
     * @param attention A, the column-wise softmax of the forward pass ({@code n × n_q}). Not modified.
     * @return {@code dV = dO·Aᵀ}, a new {@code d_v × n} matrix
     */
    protected DMatrixRMaj valueGradient(DMatrixRMaj dout, DMatrixRMaj attention) {
        return CommonOps_DDRM.multTransB(dout, attention, null);
    }

    /**
     * The softmax backward, column by column; a subclass may override it.
     *
     * @param attention A, the column-wise softmax of the forward pass. Not modified.
     * @param dAttention dA, ∂J/∂A. Not modified.
     * @return {@code dS[:, j] = A[:, j] ⊙ (dA[:, j] − A[:, j]·dA[:, j])}, a new matrix of A's shape
     */
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

    /**
     * The gradient of the key tokens; a subclass may override it.
     *
     * @param dk dK, ∂J/∂K ({@code d_k × n}). Not modified.
     * @return {@code dXk = Wkᵀ·dK}, a new {@code d × n} matrix
     */
    protected DMatrixRMaj keyInputGradient(DMatrixRMaj dk) {
        return CommonOps_DDRM.multTransA(Wk, dk, null);
    }

    /**
     * The query projection.
     *
     * @return Wq ({@code d_k × d}), live: changing it changes the layer
     */
    public DMatrixRMaj queryWeights() {
        return Wq;
    }

    /**
     * The key projection.
     *
     * @return Wk ({@code d_k × d}), live: changing it changes the layer
     */
    public DMatrixRMaj keyWeights() {
        return Wk;
    }

    /**
     * The value projection.
     *
     * @return Wv ({@code d_v × d}), live: changing it changes the layer
     */
    public DMatrixRMaj valueWeights() {
        return Wv;
    }
}
