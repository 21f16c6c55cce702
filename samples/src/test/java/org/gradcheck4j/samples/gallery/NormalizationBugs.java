package org.gradcheck4j.samples.gallery;

import org.ejml.data.DMatrixRMaj;
import org.gradcheck4j.samples.layers.BatchNorm;
import org.gradcheck4j.samples.layers.LayerNorm;

/** Batch and layer normalisation with one planted mistake each. */
final class NormalizationBugs {

    private NormalizationBugs() {
    }

    /** The input gradient without the path through the batch mean (−Σ dẑ). */
    static final class BatchNormWithoutMeanTerm extends BatchNorm {
        BatchNormWithoutMeanTerm(int units, double epsilon, double momentum) {
            super(units, epsilon, momentum);
        }

        @Override
        protected double[] unitGradient(double[] dzhat, double[] zhat, double inv) {
            int m = dzhat.length;
            double dot = 0;
            for (int k = 0; k < m; k++) {
                dot += dzhat[k] * zhat[k];
            }
            double[] dz = new double[m];
            for (int j = 0; j < m; j++) {
                dz[j] = inv / m * (m * dzhat[j] - zhat[j] * dot);
            }
            return dz;
        }
    }

    /** The input gradient without the path through the batch variance (−ẑ·Σ dẑ·ẑ). */
    static final class BatchNormWithoutVarianceTerm extends BatchNorm {
        BatchNormWithoutVarianceTerm(int units, double epsilon, double momentum) {
            super(units, epsilon, momentum);
        }

        @Override
        protected double[] unitGradient(double[] dzhat, double[] zhat, double inv) {
            int m = dzhat.length;
            double sum = 0;
            for (int k = 0; k < m; k++) {
                sum += dzhat[k];
            }
            double[] dz = new double[m];
            for (int j = 0; j < m; j++) {
                dz[j] = inv / m * (m * dzhat[j] - sum);
            }
            return dz;
        }
    }

    /** dγ copied from the line above: Σ dOut, without the factor ẑ. */
    static final class BatchNormGammaGradientCopiedFromBeta extends BatchNorm {
        BatchNormGammaGradientCopiedFromBeta(int units, double epsilon, double momentum) {
            super(units, epsilon, momentum);
        }

        @Override
        protected double gammaGradient(DMatrixRMaj dout, DMatrixRMaj normalized, int unit) {
            double sum = 0;
            for (int j = 0; j < dout.numCols; j++) {
                sum += dout.get(unit, j);
            }
            return sum;
        }
    }

    /** dẑ = dOut: the scale γ is left out of the input gradient. */
    static final class LayerNormWithoutGammaInInputGradient extends LayerNorm {
        LayerNormWithoutGammaInInputGradient(int features, double epsilon) {
            super(features, epsilon);
        }

        @Override
        protected double normalizedGradient(double dout, double gamma) {
            return dout;
        }
    }

    /** The input gradient without the path through each example's variance. */
    static final class LayerNormWithoutVarianceTerm extends LayerNorm {
        LayerNormWithoutVarianceTerm(int features, double epsilon) {
            super(features, epsilon);
        }

        @Override
        protected double[] exampleGradient(double[] dzhat, double[] zhat, double inv) {
            int n = dzhat.length;
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += dzhat[k];
            }
            double[] dz = new double[n];
            for (int i = 0; i < n; i++) {
                dz[i] = inv / n * (n * dzhat[i] - sum);
            }
            return dz;
        }
    }
}
