package org.gradcheck4j.samples.layers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Random;
import org.apiguardian.api.API;
import org.ejml.data.DMatrixRMaj;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.samples.Matrices;

/**
 * A 2-D convolution (cross-correlation, as in every deep-learning library) with stride 1 and zero
 * padding p. Each column of the input is one example of C channels of H × W pixels, flattened as
 * {@code row = c·H·W + i·W + j}; the output has F channels of {@code (H + 2p − k + 1)²}-style
 * maps flattened the same way. The filters {@code K} are {@code F × (C·k·k)}, one bias per filter.
 *
 * <p>{@code Y[f, r, s] = b_f + Σ_{c,u,v} K[f, c, u, v] · Xpad[c, r + u, s + v]}. Backward:
 * {@code dK[f, c, u, v] = Σ_{r,s} dY[f, r, s]·Xpad[c, r + u, s + v]}, {@code db_f = Σ_{r,s} dY[f, r, s]},
 * and each {@code dY[f, r, s]·K[f, c, u, v]} flows back to {@code dX[c, r + u − p, s + v − p]}
 * (summed over the batch for dK and db).
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@GradChecked
public class Conv2D {

    @Param
    private final DMatrixRMaj K;
    @Param
    private final DMatrixRMaj b;
    @Grad("K")
    private final DMatrixRMaj dK;
    @Grad("b")
    private final DMatrixRMaj db;

    /** The shape of input, filters and output. */
    protected final ConvShape shape;
    private DMatrixRMaj x;

    /**
     * Creates a convolution with He-scaled random filters and zero bias.
     *
     * @param shape the sizes
     * @param random the source. Modified (advanced).
     */
    public Conv2D(ConvShape shape, Random random) {
        this.shape = shape;
        int taps = shape.channels() * shape.kernel() * shape.kernel();
        this.K = Matrices.gaussian(shape.filters(), taps, Math.sqrt(2.0 / taps), random);
        this.b = new DMatrixRMaj(shape.filters(), 1);
        this.dK = new DMatrixRMaj(shape.filters(), taps);
        this.db = new DMatrixRMaj(shape.filters(), 1);
    }

    /**
     * Convolves every example with every filter.
     *
     * @param x {@code (C·H·W) × m}. Not modified; kept for the backward pass.
     * @return {@code (F·H'·W') × m}, a new matrix
     */
    @Forward
    public DMatrixRMaj forward(DMatrixRMaj x) {
        Matrices.requireRows(x, shape.inputSize(), "input X");
        this.x = x;
        DMatrixRMaj y = new DMatrixRMaj(shape.outputSize(), x.numCols);
        for (int e = 0; e < x.numCols; e++) {
            for (int f = 0; f < shape.filters(); f++) {
                for (int r = 0; r < shape.outHeight(); r++) {
                    for (int s = 0; s < shape.outWidth(); s++) {
                        y.set(shape.outputRow(f, r, s), e, b.get(f, 0) + window(x, e, f, r, s));
                    }
                }
            }
        }
        return y;
    }

    private double window(DMatrixRMaj x, int e, int f, int r, int s) {
        double sum = 0;
        for (int c = 0; c < shape.channels(); c++) {
            for (int u = 0; u < shape.kernel(); u++) {
                for (int v = 0; v < shape.kernel(); v++) {
                    sum += K.get(f, shape.tap(c, u, v)) * shape.padded(x, c, r + u, s + v, e);
                }
            }
        }
        return sum;
    }

    /**
     * Fills {@code dK} and {@code db} and returns {@code dX}.
     *
     * @param dy ∂J/∂Y, {@code (F·H'·W') × m}. Not modified.
     * @return ∂J/∂X, a new matrix
     */
    @Backward
    public DMatrixRMaj backward(DMatrixRMaj dy) {
        dK.zero();
        db.zero();
        computeKernelGradient(dy, x, dK);
        computeBiasGradient(dy, db);
        return computeInputGradient(dy, K);
    }

    /**
     * Accumulates the filter gradient; a subclass may override it (the bug gallery plants errors here).
     * Computes {@code dK[f, c, u, v] = Σ_{e,r,s} dY[f, r, s, e]·Xpad[c, r + u, s + v, e]}.
     *
     * @param dy ∂J/∂Y, one flattened output image per column. Not modified.
     * @param x the input of the forward pass, one flattened image per column. Not modified.
     * @param dK the filter gradient, zeroed by the caller; F rows, C·k·k columns. Modified: the sum is added.
     */
    protected void computeKernelGradient(DMatrixRMaj dy, DMatrixRMaj x, DMatrixRMaj dK) {
        for (int e = 0; e < dy.numCols; e++) {
            for (int f = 0; f < shape.filters(); f++) {
                for (int r = 0; r < shape.outHeight(); r++) {
                    for (int s = 0; s < shape.outWidth(); s++) {
                        double g = dy.get(shape.outputRow(f, r, s), e);
                        for (int c = 0; c < shape.channels(); c++) {
                            for (int u = 0; u < shape.kernel(); u++) {
                                for (int v = 0; v < shape.kernel(); v++) {
                                    dK.add(f, shape.tap(c, u, v), g * shape.padded(x, c, r + u, s + v, e));
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * Accumulates the bias gradient; a subclass may override it.
     * Computes {@code db_f = Σ_{e,r,s} dY[f, r, s, e]}.
     *
     * @param dy ∂J/∂Y, one flattened output image per column. Not modified.
     * @param db the bias gradient, zeroed by the caller; one row per filter. Modified: the sum is added.
     */
    protected void computeBiasGradient(DMatrixRMaj dy, DMatrixRMaj db) {
        for (int e = 0; e < dy.numCols; e++) {
            for (int f = 0; f < shape.filters(); f++) {
                for (int r = 0; r < shape.outHeight(); r++) {
                    for (int s = 0; s < shape.outWidth(); s++) {
                        db.add(f, 0, dy.get(shape.outputRow(f, r, s), e));
                    }
                }
            }
        }
    }

    /**
     * The gradient of the input; a subclass may override it.
     * Adds {@code dY[f, r, s]·K[f, c, u, v]} to {@code dX[c, r + u − p, s + v − p]} inside the image.
     *
     * @param dy ∂J/∂Y, one flattened output image per column. Not modified.
     * @param K the filters. Not modified.
     * @return ∂J/∂X, a new matrix with one flattened input image per column
     */
    protected DMatrixRMaj computeInputGradient(DMatrixRMaj dy, DMatrixRMaj K) {
        DMatrixRMaj dx = new DMatrixRMaj(shape.inputSize(), dy.numCols);
        int p = shape.padding();
        for (int e = 0; e < dy.numCols; e++) {
            for (int f = 0; f < shape.filters(); f++) {
                for (int r = 0; r < shape.outHeight(); r++) {
                    for (int s = 0; s < shape.outWidth(); s++) {
                        double g = dy.get(shape.outputRow(f, r, s), e);
                        for (int c = 0; c < shape.channels(); c++) {
                            for (int u = 0; u < shape.kernel(); u++) {
                                for (int v = 0; v < shape.kernel(); v++) {
                                    shape.addInside(dx, c, r + u - p, s + v - p, e, g * K.get(f, shape.tap(c, u, v)));
                                }
                            }
                        }
                    }
                }
            }
        }
        return dx;
    }

    /**
     * The filters.
     *
     * @return {@code K}, F rows of C·k·k taps (see {@link ConvShape#tap}); live, not a copy
     */
    public DMatrixRMaj filters() {
        return K;
    }

    /**
     * The bias.
     *
     * @return one row per filter; live, not a copy
     */
    public DMatrixRMaj bias() {
        return b;
    }
}
