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
 * The mean squared error over a batch: {@code J = (1/m) Σ_j ‖Ŷ[:, j] − Y[:, j]‖²}.
 *
 * <p>Backward: {@code dŶ = 2·(Ŷ − Y) / m}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@GradChecked
public class MeanSquaredError {

    private DMatrixRMaj prediction;
    private DMatrixRMaj y;

    /**
     * Computes the mean squared error.
     *
     * @param prediction Ŷ, {@code n × m}. Not modified; kept for the backward pass.
     * @param y the targets, {@code n × m}. Not modified; kept for the backward pass.
     * @return J
     */
    @Forward
    public double forward(DMatrixRMaj prediction, @Constant DMatrixRMaj y) {
        Matrices.requireShape(y, prediction.numRows, prediction.numCols, "targets Y");
        this.prediction = prediction;
        this.y = y;
        double sum = 0;
        for (int i = 0; i < y.getNumElements(); i++) {
            double d = prediction.data[i] - y.data[i];
            sum += d * d;
        }
        return sum / prediction.numCols;
    }

    /**
     * Returns {@code dŶ = 2·(Ŷ − Y) / m}.
     *
     * @return ∂J/∂Ŷ, a new matrix
     */
    @Backward
    public DMatrixRMaj backward() {
        int m = prediction.numCols;
        DMatrixRMaj d = new DMatrixRMaj(prediction.numRows, m);
        for (int i = 0; i < d.getNumElements(); i++) {
            d.data[i] = predictionGradient(prediction.data[i], y.data[i], m);
        }
        return d;
    }

    /**
     * One element of the gradient; a subclass may override it (the bug gallery plants errors here).
     *
     * @param prediction the predicted value ŷ
     * @param y the target
     * @param m the number of examples the cost averages over
     * @return {@code 2·(ŷ − y) / m}, the element of ∂J/∂Ŷ
     */
    protected double predictionGradient(double prediction, double y, int m) {
        return 2 * (prediction - y) / m;
    }
}
