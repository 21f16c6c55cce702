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
 * The binary cross-entropy of probabilities {@code A} (a sigmoid's output) against labels
 * {@code Y ∈ {0, 1}}: {@code J = −(1/m) Σ [y·log a + (1 − y)·log(1 − a)]}.
 *
 * <p>Backward: {@code dA = −(y/a − (1 − y)/(1 − a)) / m}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@GradChecked
public class BinaryCrossEntropy {

    private DMatrixRMaj a;
    private DMatrixRMaj y;

    /**
     * Computes the mean binary cross-entropy.
     *
     * @param a the predicted probabilities, each in (0, 1), {@code n × m}. Not modified; kept.
     * @param y the labels, {@code n × m}. Not modified; kept for the backward pass.
     * @return J
     */
    @Forward
    public double forward(DMatrixRMaj a, @Constant DMatrixRMaj y) {
        Matrices.requireShape(y, a.numRows, a.numCols, "labels Y");
        this.a = a;
        this.y = y;
        double sum = 0;
        for (int i = 0; i < y.getNumElements(); i++) {
            sum += y.data[i] * Math.log(a.data[i]) + (1 - y.data[i]) * Math.log(1 - a.data[i]);
        }
        return -sum / a.numCols;
    }

    /**
     * Returns {@code dA = −(y/a − (1 − y)/(1 − a)) / m}.
     *
     * @return ∂J/∂A, a new matrix
     */
    @Backward
    public DMatrixRMaj backward() {
        int m = a.numCols;
        DMatrixRMaj da = new DMatrixRMaj(a.numRows, m);
        for (int i = 0; i < da.getNumElements(); i++) {
            da.data[i] = probabilityGradient(a.data[i], y.data[i], m);
        }
        return da;
    }

    /**
     * One element of the gradient; a subclass may override it (the bug gallery plants errors here).
     *
     * @param a the predicted probability, in (0, 1)
     * @param y the label, 0 or 1
     * @param m the number of examples the cost averages over
     * @return {@code −(y/a − (1 − y)/(1 − a)) / m}, the element of ∂J/∂A
     */
    protected double probabilityGradient(double a, double y, int m) {
        return -(y / a - (1 - y) / (1 - a)) / m;
    }
}
