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
 * Layer normalisation: each example (column) is normalised over its n features,
 * {@code ẑ = (z − μ_j)/sqrt(σ²_j + ε)}, then scaled and shifted per feature,
 * {@code out = γ ⊙ ẑ + β}. Unlike batch norm it needs no batch and no running statistics.
 *
 * <p>Backward, with {@code dẑ = dOut ⊙ γ}: {@code dβ = Σ_j dOut}, {@code dγ = Σ_j dOut ⊙ ẑ}, and
 * per example {@code dz = (inv/n)·(n·dẑ − Σ_i dẑ − ẑ ⊙ Σ_i dẑ ⊙ ẑ)}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@GradChecked
public class LayerNorm {

    @Param
    private final DMatrixRMaj gamma;
    @Param
    private final DMatrixRMaj beta;
    @Grad("gamma")
    private final DMatrixRMaj dGamma;
    @Grad("beta")
    private final DMatrixRMaj dBeta;

    private final double epsilon;
    private DMatrixRMaj normalized;
    private double[] inverseStd;

    /**
     * Creates a layer with γ = 1 and β = 0.
     *
     * @param features the number of features (rows) n, at least 2
     * @param epsilon ε, added to the variance for stability (e.g. 1e-5)
     */
    public LayerNorm(int features, double epsilon) {
        if (features < 2 || !(epsilon > 0)) {
            throw new IllegalArgumentException("need n ≥ 2 features and ε > 0, got n=" + features + ", ε=" + epsilon);
        }
        this.gamma = new DMatrixRMaj(features, 1);
        this.gamma.fill(1);
        this.beta = new DMatrixRMaj(features, 1);
        this.dGamma = new DMatrixRMaj(features, 1);
        this.dBeta = new DMatrixRMaj(features, 1);
        this.epsilon = epsilon;
    }

    /**
     * Normalises each example over its features, then scales and shifts.
     *
     * @param z {@code n × m}. Not modified.
     * @return {@code γ ⊙ ẑ + β}, a new matrix
     */
    @Forward
    public DMatrixRMaj forward(DMatrixRMaj z) {
        Matrices.requireRows(z, gamma.numRows, "input Z");
        int n = z.numRows;
        int m = z.numCols;
        normalized = new DMatrixRMaj(n, m);
        inverseStd = new double[m];
        DMatrixRMaj out = new DMatrixRMaj(n, m);
        for (int j = 0; j < m; j++) {
            double mu = 0;
            for (int i = 0; i < n; i++) {
                mu += z.get(i, j);
            }
            mu /= n;
            double var = 0;
            for (int i = 0; i < n; i++) {
                double d = z.get(i, j) - mu;
                var += d * d;
            }
            var /= n;
            inverseStd[j] = 1 / Math.sqrt(var + epsilon);
            for (int i = 0; i < n; i++) {
                double zhat = (z.get(i, j) - mu) * inverseStd[j];
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
        dGamma.zero();
        dBeta.zero();
        DMatrixRMaj dz = new DMatrixRMaj(n, m);
        double[] dzhat = new double[n];
        double[] zhat = new double[n];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < n; i++) {
                zhat[i] = normalized.get(i, j);
                dzhat[i] = normalizedGradient(dout.get(i, j), gamma.get(i, 0));
                dBeta.add(i, 0, dout.get(i, j));
                dGamma.add(i, 0, dout.get(i, j) * zhat[i]);
            }
            double[] column = exampleGradient(dzhat, zhat, inverseStd[j]);
            for (int i = 0; i < n; i++) {
                dz.set(i, j, column[i]);
            }
        }
        return dz;
    }

    /**
     * One element of the gradient of the normalised input; a subclass may override it.
     *
     * @param dout the element of ∂J/∂Out
     * @param gamma the feature's scale γ
     * @return {@code dẑ = dOut·γ}
     */
    protected double normalizedGradient(double dout, double gamma) {
        return dout * gamma;
    }

    /**
     * The input gradient of one example over its features (see the class comment).
     *
     * @param dzhat ∂J/∂ẑ of the example. Not modified.
     * @param zhat ẑ of the example. Not modified.
     * @param inv {@code 1/sqrt(σ² + ε)} of the example
     * @return a new array, ∂J/∂z of the example
     */
    protected double[] exampleGradient(double[] dzhat, double[] zhat, double inv) {
        return Standardization.inputGradient(dzhat, zhat, inv);
    }

    /**
     * The learned scale.
     *
     * @return γ, one row per feature; live, not a copy
     */
    public DMatrixRMaj gamma() {
        return gamma;
    }

    /**
     * The learned shift.
     *
     * @return β, one row per feature; live, not a copy
     */
    public DMatrixRMaj beta() {
        return beta;
    }
}
