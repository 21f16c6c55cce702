package org.gradcheck4j.samples.layers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.ejml.data.DMatrixRMaj;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.samples.Matrices;

/**
 * Batch normalisation in training mode: each unit (row) is normalised over the batch,
 * {@code ẑ = (z − μ) / sqrt(σ² + ε)} with the batch mean μ and variance σ² (divided by m), then
 * scaled and shifted, {@code out = γ ⊙ ẑ + β}.
 *
 * <p>Backward, with {@code dẑ = dOut ⊙ γ}: {@code dβ = Σ_j dOut}, {@code dγ = Σ_j dOut ⊙ ẑ} and
 * {@code dz = (1/m)·(1/sqrt(σ² + ε))·(m·dẑ − Σ_j dẑ − ẑ ⊙ Σ_j (dẑ ⊙ ẑ))}; the second term is the
 * path through μ, the third the path through σ².
 *
 * <p>The running statistics for inference are updated by {@link #updateRunningStatistics()},
 * not by the forward pass, so that the cost stays a pure function of the parameters and inputs.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@GradChecked
public class BatchNorm {

    @Param
    private final DMatrixRMaj gamma;
    @Param
    private final DMatrixRMaj beta;
    @Grad("gamma")
    private final DMatrixRMaj dGamma;
    @Grad("beta")
    private final DMatrixRMaj dBeta;

    private final double epsilon;
    private final double momentum;
    private final DMatrixRMaj runningMean;
    private final DMatrixRMaj runningVariance;

    private DMatrixRMaj mean;
    private DMatrixRMaj variance;
    private DMatrixRMaj normalized;
    private DMatrixRMaj inverseStd;

    /**
     * Creates a layer with γ = 1, β = 0, running mean 0 and running variance 1.
     *
     * @param units the number of units (rows) n
     * @param epsilon ε, added to the variance for stability (e.g. 1e-5)
     * @param momentum the weight of the old running statistics in their moving average (e.g. 0.9)
     */
    public BatchNorm(int units, double epsilon, double momentum) {
        if (!(epsilon > 0) || !(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("need ε > 0 and momentum in [0, 1), got ε=" + epsilon
                    + ", momentum=" + momentum);
        }
        this.gamma = new DMatrixRMaj(units, 1);
        this.gamma.fill(1);
        this.beta = new DMatrixRMaj(units, 1);
        this.dGamma = new DMatrixRMaj(units, 1);
        this.dBeta = new DMatrixRMaj(units, 1);
        this.epsilon = epsilon;
        this.momentum = momentum;
        this.runningMean = new DMatrixRMaj(units, 1);
        this.runningVariance = new DMatrixRMaj(units, 1);
        this.runningVariance.fill(1);
    }

    /**
     * Normalises each unit over the batch, then scales and shifts it.
     *
     * @param z {@code n × m} with m ≥ 2. Not modified.
     * @return {@code γ ⊙ ẑ + β}, a new matrix
     */
    @Forward
    public DMatrixRMaj forward(DMatrixRMaj z) {
        Matrices.requireRows(z, gamma.numRows, "input Z");
        int n = z.numRows;
        int m = z.numCols;
        mean = new DMatrixRMaj(n, 1);
        variance = new DMatrixRMaj(n, 1);
        inverseStd = new DMatrixRMaj(n, 1);
        normalized = new DMatrixRMaj(n, m);
        DMatrixRMaj out = new DMatrixRMaj(n, m);
        for (int i = 0; i < n; i++) {
            double mu = 0;
            for (int j = 0; j < m; j++) {
                mu += z.get(i, j);
            }
            mu /= m;
            double var = 0;
            for (int j = 0; j < m; j++) {
                double d = z.get(i, j) - mu;
                var += d * d;
            }
            var /= m;
            double inv = 1 / Math.sqrt(var + epsilon);
            mean.set(i, 0, mu);
            variance.set(i, 0, var);
            inverseStd.set(i, 0, inv);
            for (int j = 0; j < m; j++) {
                double zhat = (z.get(i, j) - mu) * inv;
                normalized.set(i, j, zhat);
                out.set(i, j, gamma.get(i, 0) * zhat + beta.get(i, 0));
            }
        }
        return out;
    }

    /**
     * Fills {@code dGamma} and {@code dBeta} and returns {@code dZ}.
     *
     * @param dout ∂J/∂out. Not modified.
     * @return ∂J/∂Z, a new matrix
     */
    @Backward
    public DMatrixRMaj backward(DMatrixRMaj dout) {
        int n = dout.numRows;
        int m = dout.numCols;
        DMatrixRMaj dz = new DMatrixRMaj(n, m);
        double[] dzhat = new double[m];
        double[] zhat = new double[m];
        for (int i = 0; i < n; i++) {
            double sumOut = 0;
            for (int j = 0; j < m; j++) {
                zhat[j] = normalized.get(i, j);
                dzhat[j] = dout.get(i, j) * gamma.get(i, 0);
                sumOut += dout.get(i, j);
            }
            dBeta.set(i, 0, sumOut);
            dGamma.set(i, 0, gammaGradient(dout, normalized, i));
            double[] row = unitGradient(dzhat, zhat, inverseStd.get(i, 0));
            for (int j = 0; j < m; j++) {
                dz.set(i, j, row[j]);
            }
        }
        return dz;
    }

    /**
     * {@code dγ_i = Σ_j dOut_ij·ẑ_ij}.
     *
     * @param dout ∂J/∂out. Not modified.
     * @param normalized ẑ. Not modified.
     * @param unit the row i
     * @return dγ_i
     */
    protected double gammaGradient(DMatrixRMaj dout, DMatrixRMaj normalized, int unit) {
        double sum = 0;
        for (int j = 0; j < dout.numCols; j++) {
            sum += dout.get(unit, j) * normalized.get(unit, j);
        }
        return sum;
    }

    /**
     * The input gradient of one unit over the batch:
     * {@code dz_j = (inv/m)·(m·dẑ_j − Σ_k dẑ_k − ẑ_j·Σ_k dẑ_k·ẑ_k)}.
     *
     * @param dzhat ∂J/∂ẑ of the unit over the batch. Not modified.
     * @param zhat ẑ of the unit over the batch. Not modified.
     * @param inv {@code 1/sqrt(σ² + ε)} of the unit
     * @return a new array, ∂J/∂z of the unit over the batch
     */
    protected double[] unitGradient(double[] dzhat, double[] zhat, double inv) {
        return Standardization.inputGradient(dzhat, zhat, inv);
    }

    /**
     * Folds the last batch's mean and variance into the running statistics:
     * {@code running = momentum·running + (1 − momentum)·batch}. Call once per training step,
     * after the forward pass.
     *
     * @throws IllegalStateException before the first forward pass
     */
    public void updateRunningStatistics() {
        if (mean == null) {
            throw new IllegalStateException("updateRunningStatistics() needs a forward pass first");
        }
        for (int i = 0; i < mean.numRows; i++) {
            runningMean.set(i, 0, momentum * runningMean.get(i, 0) + (1 - momentum) * mean.get(i, 0));
            runningVariance.set(i, 0, momentum * runningVariance.get(i, 0) + (1 - momentum) * variance.get(i, 0));
        }
    }

    /**
     * Normalises with the running statistics, as at test time (no gradient).
     *
     * @param z {@code n × m}, any m. Not modified.
     * @return {@code γ ⊙ (z − μ_run)/sqrt(σ²_run + ε) + β}, a new matrix
     */
    public DMatrixRMaj inference(DMatrixRMaj z) {
        Matrices.requireRows(z, gamma.numRows, "input Z");
        DMatrixRMaj out = new DMatrixRMaj(z.numRows, z.numCols);
        for (int i = 0; i < z.numRows; i++) {
            double inv = 1 / Math.sqrt(runningVariance.get(i, 0) + epsilon);
            for (int j = 0; j < z.numCols; j++) {
                double zhat = (z.get(i, j) - runningMean.get(i, 0)) * inv;
                out.set(i, j, gamma.get(i, 0) * zhat + beta.get(i, 0));
            }
        }
        return out;
    }

    /**
     * The learned scale.
     *
     * @return γ, one row per unit; live, not a copy
     */
    public DMatrixRMaj gamma() {
        return gamma;
    }

    /**
     * The learned shift.
     *
     * @return β, one row per unit; live, not a copy
     */
    public DMatrixRMaj beta() {
        return beta;
    }

    /**
     * The moving average of the batch means, used at inference.
     *
     * @return a copy of the running mean, one row per unit
     */
    public DMatrixRMaj runningMean() {
        return runningMean.copy();
    }

    /**
     * The moving average of the batch variances, used at inference.
     *
     * @return a copy of the running variance, one row per unit
     */
    public DMatrixRMaj runningVariance() {
        return runningVariance.copy();
    }
}
