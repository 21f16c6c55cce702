package org.gradcheck4j.samples.losses;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.ejml.data.DMatrixRMaj;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Constant;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.samples.Matrices;

/**
 * Softmax over the classes of each column followed by the cross-entropy with one-hot labels:
 * {@code P[:, j] = softmax(Z[:, j])}, {@code J = −(1/m) Σ_j Σ_c Y[c, j]·log P[c, j]}.
 *
 * <p>Backward: {@code dZ = (P − Y) / m}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@GradChecked
public class SoftmaxCrossEntropy {

    private DMatrixRMaj p;
    private DMatrixRMaj y;

    /**
     * Computes the mean cross-entropy.
     *
     * @param z the logits, {@code C × m}. Not modified.
     * @param y the one-hot labels, {@code C × m}. Not modified; kept for the backward pass.
     * @return J
     */
    @Forward
    public double forward(DMatrixRMaj z, @Constant DMatrixRMaj y) {
        Matrices.requireShape(y, z.numRows, z.numCols, "labels Y");
        this.y = y;
        this.p = softmax(z);
        double sum = 0;
        for (int i = 0; i < p.getNumElements(); i++) {
            if (y.data[i] != 0) {
                sum += y.data[i] * Math.log(p.data[i]);
            }
        }
        return -sum / z.numCols;
    }

    /**
     * Returns {@code dZ = (P − Y) / m}.
     *
     * @return ∂J/∂Z, a new matrix
     */
    @Backward
    public DMatrixRMaj backward() {
        int m = p.numCols;
        DMatrixRMaj dz = new DMatrixRMaj(p.numRows, m);
        for (int i = 0; i < dz.getNumElements(); i++) {
            dz.data[i] = logitGradient(p.data[i], y.data[i], m);
        }
        return dz;
    }

    /**
     * One element of the gradient; a subclass may override it (the bug gallery plants errors here).
     *
     * @param p the softmax probability of the class
     * @param y the label of the class (one-hot: 0 or 1)
     * @param m the number of examples the cost averages over
     * @return {@code (p − y) / m}, the element of ∂J/∂Z
     */
    protected double logitGradient(double p, double y, int m) {
        return (p - y) / m;
    }

    /**
     * The column-wise softmax, shifted by each column's maximum for stability.
     *
     * @param z the logits. Not modified.
     * @return a new matrix whose columns are probability vectors
     */
    public static DMatrixRMaj softmax(DMatrixRMaj z) {
        DMatrixRMaj out = new DMatrixRMaj(z.numRows, z.numCols);
        for (int j = 0; j < z.numCols; j++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < z.numRows; c++) {
                max = Math.max(max, z.get(c, j));
            }
            double total = 0;
            for (int c = 0; c < z.numRows; c++) {
                double e = Math.exp(z.get(c, j) - max);
                out.set(c, j, e);
                total += e;
            }
            for (int c = 0; c < z.numRows; c++) {
                out.set(c, j, out.get(c, j) / total);
            }
        }
        return out;
    }
}
