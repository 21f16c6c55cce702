package org.gradcheck4j.samples.layers;

/**
 * The input gradient of a standardisation {@code ẑ = (z − μ)/sqrt(σ² + ε)} over one group of k
 * values (a unit over the batch in batch norm, an example over its features in layer norm).
 *
 * @since 0.1.0
 */
final class Standardization {

    private Standardization() {
    }

    /**
     * {@code dz_j = (inv/k)·(k·dẑ_j − Σ_l dẑ_l − ẑ_j·Σ_l dẑ_l·ẑ_l)}: the direct path, the path
     * through μ and the path through σ².
     *
     * @param dzhat ∂J/∂ẑ over the group. Not modified.
     * @param zhat ẑ over the group. Not modified.
     * @param inv {@code 1/sqrt(σ² + ε)} of the group
     * @return a new array, ∂J/∂z over the group
     */
    static double[] inputGradient(double[] dzhat, double[] zhat, double inv) {
        int k = dzhat.length;
        double sum = 0;
        double dot = 0;
        for (int l = 0; l < k; l++) {
            sum += dzhat[l];
            dot += dzhat[l] * zhat[l];
        }
        double[] dz = new double[k];
        for (int j = 0; j < k; j++) {
            dz[j] = inv / k * (k * dzhat[j] - sum - zhat[j] * dot);
        }
        return dz;
    }
}
