package org.gradcheck4j.samples.network;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apiguardian.api.API;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Constant;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.KeepProb;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.annotation.Penalty;
import org.gradcheck4j.annotation.RandomSource;
import org.gradcheck4j.samples.Matrices;
import org.gradcheck4j.samples.init.Initializer;

/**
 * An L-layer binary classifier: ReLU hidden layers with inverted dropout, a sigmoid output, and
 * the cost {@code J = (1/m) Σ_j L(ŷ_j, y_j) + (λ/2m) Σ_l ‖W[l]‖²_F} with the cross-entropy loss L.
 * The parameters are the lists {@code W} and {@code b} (element l is layer l + 1 of the course's
 * {@code W[1..L]}), flattened into θ in that order.
 *
 * <p>Backward: {@code dZ[L] = (A[L] − Y)/m}; for each layer from the last,
 * {@code dW[l] = dZ[l]·A[l−1]ᵀ + (λ/m)·W[l]}, {@code db[l] = Σ_j dZ[l]}, {@code dA[l−1] = W[l]ᵀ·dZ[l]};
 * on a hidden layer {@code dA ⊙= D / keepProb} (the mask of the forward pass) and
 * {@code dZ = dA ⊙ [Z > 0]}. It returns {@code dX = dA[0]}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@GradChecked
public class DeepNetwork {

    @Param
    private final List<DMatrixRMaj> W = new ArrayList<>();
    @Param
    private final List<DMatrixRMaj> b = new ArrayList<>();
    @Grad("W")
    private final List<DMatrixRMaj> dW = new ArrayList<>();
    @Grad("b")
    private final List<DMatrixRMaj> db = new ArrayList<>();

    private final double lambda;
    @KeepProb
    private double keepProb;
    @RandomSource
    private Random dropoutRandom;

    private final List<DMatrixRMaj> z = new ArrayList<>();
    private final List<DMatrixRMaj> a = new ArrayList<>();
    private final List<DMatrixRMaj> masks = new ArrayList<>();
    private DMatrixRMaj y;
    private int m;

    /**
     * Creates a network.
     *
     * @param sizes {@code n[0] = n_x, n[1], …, n[L] = 1}: at least two entries, the last 1
     * @param init the weight initialiser (biases start at 0)
     * @param lambda λ ≥ 0, the L2 regularisation strength
     * @param keepProb the dropout keep probability of the hidden layers, in (0, 1]
     * @param random draws the weights now and the dropout masks later. Modified (advanced).
     */
    public DeepNetwork(int[] sizes, Initializer init, double lambda, double keepProb, Random random) {
        if (sizes.length < 2 || sizes[sizes.length - 1] != 1) {
            throw new IllegalArgumentException("sizes must be n_x, n[1], …, 1 (at least two entries, the last 1)");
        }
        if (!(lambda >= 0) || !(keepProb > 0 && keepProb <= 1)) {
            throw new IllegalArgumentException("need λ ≥ 0 and keepProb in (0, 1], got λ=" + lambda
                    + ", keepProb=" + keepProb);
        }
        for (int l = 1; l < sizes.length; l++) {
            W.add(init.weights(sizes[l], sizes[l - 1], random));
            b.add(new DMatrixRMaj(sizes[l], 1));
            dW.add(new DMatrixRMaj(sizes[l], sizes[l - 1]));
            db.add(new DMatrixRMaj(sizes[l], 1));
        }
        this.lambda = lambda;
        this.keepProb = keepProb;
        this.dropoutRandom = random;
    }

    /**
     * The depth of the network.
     *
     * @return L, the number of layers with weights (one less than the sizes given to the constructor)
     */
    public int layers() {
        return W.size();
    }

    /**
     * The data term of the cost, with dropout on the hidden layers.
     *
     * @param x {@code n_x × m}. Not modified; kept for the backward pass.
     * @param y the labels in {0, 1}, {@code 1 × m}. Not modified; kept for the backward pass.
     * @return {@code (1/m) Σ_j L(ŷ_j, y_j)}
     */
    @Forward
    public double forward(DMatrixRMaj x, @Constant DMatrixRMaj y) {
        Matrices.requireShape(y, 1, x.numCols, "labels Y");
        this.y = y;
        this.m = x.numCols;
        z.clear();
        a.clear();
        masks.clear();
        a.add(x);
        for (int l = 0; l < layers(); l++) {
            DMatrixRMaj zl = Matrices.addToColumns(CommonOps_DDRM.mult(W.get(l), a.get(l), null), b.get(l));
            z.add(zl);
            if (l < layers() - 1) {
                a.add(dropout(Matrices.map(zl, v -> Math.max(0, v))));
            } else {
                a.add(Matrices.map(zl, DeepNetwork::sigmoid));
            }
        }
        return crossEntropy(z.get(layers() - 1), y);
    }

    private DMatrixRMaj dropout(DMatrixRMaj activation) {
        DMatrixRMaj mask = new DMatrixRMaj(activation.numRows, activation.numCols);
        for (int i = 0; i < mask.getNumElements(); i++) {
            mask.data[i] = dropoutRandom.nextDouble() < keepProb ? 1 : 0;
            activation.data[i] *= mask.data[i] / keepProb;
        }
        masks.add(mask);
        return activation;
    }

    /** {@code (1/m) Σ L} from the logits, computed stably as {@code max(z, 0) − z·y + log(1 + e^−|z|)}. */
    private static double crossEntropy(DMatrixRMaj logits, DMatrixRMaj y) {
        double sum = 0;
        for (int j = 0; j < logits.getNumElements(); j++) {
            double zj = logits.data[j];
            sum += Math.max(zj, 0) - zj * y.data[j] + Math.log1p(Math.exp(-Math.abs(zj)));
        }
        return sum / logits.getNumElements();
    }

    /**
     * The L2 term {@code (λ/2m) Σ_l ‖W[l]‖²_F}, with m from the last forward pass.
     *
     * @return the penalty
     * @throws IllegalStateException before the first forward pass
     */
    @Penalty
    public double penalty() {
        if (m == 0) {
            throw new IllegalStateException("the L2 penalty needs the batch size m of a forward pass first");
        }
        double sum = 0;
        for (DMatrixRMaj w : W) {
            sum += Matrices.squaredNorm(w);
        }
        return lambda / (2.0 * m) * sum;
    }

    /**
     * Fills {@code dW} (with the L2 term) and {@code db}, and returns dJ/dX.
     *
     * @return ∂J/∂X, {@code n_x × m}, a new matrix
     */
    @Backward
    public DMatrixRMaj backward() {
        DMatrixRMaj dz = outputGradient(a.get(layers()), y, m);
        for (int l = layers() - 1; l >= 0; l--) {
            CommonOps_DDRM.multTransB(dz, a.get(l), dW.get(l));
            addWeightDecay(dW.get(l), W.get(l), m);
            Matrices.sumColumns(dz, db.get(l));
            DMatrixRMaj da = CommonOps_DDRM.multTransA(W.get(l), dz, null);
            if (l == 0) {
                return da;
            }
            dropoutBackward(da, masks.get(l - 1), keepProb);
            DMatrixRMaj zPrev = z.get(l - 1);
            for (int i = 0; i < da.getNumElements(); i++) {
                da.data[i] = zPrev.data[i] > 0 ? da.data[i] : 0;
            }
            dz = da;
        }
        throw new IllegalStateException("unreachable: a network has at least one layer");
    }

    /**
     * The gradient of the output layer's logits, the sigmoid and cross-entropy together; a subclass
     * may override it (the bug gallery plants errors here).
     *
     * @param output A[L], the predicted probabilities ({@code 1 × m}). Not modified.
     * @param y the labels ({@code 1 × m}). Not modified.
     * @param m the number of examples the cost averages over
     * @return {@code dZ[L] = (A[L] − Y)/m}, a new matrix
     */
    protected DMatrixRMaj outputGradient(DMatrixRMaj output, DMatrixRMaj y, int m) {
        DMatrixRMaj dz = new DMatrixRMaj(output.numRows, output.numCols);
        CommonOps_DDRM.subtract(output, y, dz);
        CommonOps_DDRM.divide(dz, m);
        return dz;
    }

    /**
     * Adds the gradient of the L2 penalty to a layer's weight gradient; a subclass may override it.
     *
     * @param dW the layer's weight gradient. Modified: {@code dW += (λ/m)·W}.
     * @param W the layer's weights. Not modified.
     * @param m the number of examples the cost averages over
     */
    protected void addWeightDecay(DMatrixRMaj dW, DMatrixRMaj W, int m) {
        CommonOps_DDRM.addEquals(dW, lambda / m, W);
    }

    /**
     * Applies a hidden layer's dropout to its activation gradient; a subclass may override it.
     *
     * @param da ∂J/∂A of the layer. Modified: {@code dA ⊙= D / keepProb}.
     * @param mask D, the layer's mask of the forward pass (1 kept, 0 dropped). Not modified.
     * @param keepProb the probability of keeping a unit
     */
    protected void dropoutBackward(DMatrixRMaj da, DMatrixRMaj mask, double keepProb) {
        for (int i = 0; i < da.getNumElements(); i++) {
            da.data[i] *= mask.data[i] / keepProb;
        }
    }

    /**
     * The predicted probabilities without dropout, as at test time.
     *
     * @param x {@code n_x × m}. Not modified.
     * @return ŷ, {@code 1 × m}, a new matrix
     */
    public DMatrixRMaj predict(DMatrixRMaj x) {
        DMatrixRMaj act = x;
        for (int l = 0; l < layers(); l++) {
            DMatrixRMaj zl = Matrices.addToColumns(CommonOps_DDRM.mult(W.get(l), act, null), b.get(l));
            act = l < layers() - 1 ? Matrices.map(zl, v -> Math.max(0, v)) : Matrices.map(zl, DeepNetwork::sigmoid);
        }
        return act;
    }

    /**
     * The full cost J without dropout: the mean cross-entropy plus the L2 term for this m.
     *
     * @param x {@code n_x × m}. Not modified.
     * @param y the labels, {@code 1 × m}. Not modified.
     * @return J
     */
    public double evaluate(DMatrixRMaj x, DMatrixRMaj y) {
        DMatrixRMaj p = predict(x);
        double sum = 0;
        double squares = 0;
        for (int j = 0; j < p.getNumElements(); j++) {
            double pj = Math.min(Math.max(p.data[j], 1e-15), 1 - 1e-15);
            sum -= y.data[j] * Math.log(pj) + (1 - y.data[j]) * Math.log(1 - pj);
        }
        for (DMatrixRMaj w : W) {
            squares += Matrices.squaredNorm(w);
        }
        return sum / x.numCols + lambda / (2.0 * x.numCols) * squares;
    }

    /**
     * The parameters, for an {@link org.gradcheck4j.samples.optim.Optimizer}.
     *
     * @return W[1..L] then b[1..L], in the order of {@link #gradients()}; the matrices are live
     */
    public List<DMatrixRMaj> parameters() {
        List<DMatrixRMaj> all = new ArrayList<>(W);
        all.addAll(b);
        return all;
    }

    /**
     * The gradients of the last backward pass, for an {@link org.gradcheck4j.samples.optim.Optimizer}.
     *
     * @return dW[1..L] then db[1..L], in the order of {@link #parameters()}; the matrices are live
     */
    public List<DMatrixRMaj> gradients() {
        List<DMatrixRMaj> all = new ArrayList<>(dW);
        all.addAll(db);
        return all;
    }

    /**
     * The L2 regularisation strength.
     *
     * @return λ, as given to the constructor
     */
    public double lambda() {
        return lambda;
    }

    /**
     * The dropout keep probability of the hidden layers.
     *
     * @return keepProb, as given to the constructor; 1 means no dropout
     */
    public double keepProb() {
        return keepProb;
    }

    private static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }
}
