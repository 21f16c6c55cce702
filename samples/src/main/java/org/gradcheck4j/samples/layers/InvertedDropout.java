package org.gradcheck4j.samples.layers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Random;
import org.apiguardian.api.API;
import org.ejml.data.DMatrixRMaj;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.KeepProb;
import org.gradcheck4j.annotation.RandomSource;

/**
 * Inverted dropout: each unit is kept with probability {@code keepProb} and the kept ones are
 * scaled by {@code 1/keepProb}, so that the expected activation is unchanged and nothing needs
 * rescaling at test time. {@code A = X ⊙ D / keepProb} with the mask {@code D_ij = [u_ij < keepProb]}.
 *
 * <p>Backward: {@code dX = dA ⊙ D / keepProb}, with the mask of the forward pass.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@GradChecked
public class InvertedDropout {

    @KeepProb
    private double keepProb;
    @RandomSource
    private Random random;

    private DMatrixRMaj mask;

    /**
     * Creates a dropout layer.
     *
     * @param keepProb the probability of keeping a unit, in (0, 1]
     * @param random the source of the masks. Modified (advanced) by every forward pass.
     */
    public InvertedDropout(double keepProb, Random random) {
        if (!(keepProb > 0 && keepProb <= 1)) {
            throw new IllegalArgumentException("keepProb must be in (0, 1], got " + keepProb);
        }
        this.keepProb = keepProb;
        this.random = random;
    }

    /**
     * Draws a new mask and applies it.
     *
     * @param x the activations. Not modified.
     * @return {@code X ⊙ D / keepProb}, a new matrix
     */
    @Forward
    public DMatrixRMaj forward(DMatrixRMaj x) {
        mask = new DMatrixRMaj(x.numRows, x.numCols);
        DMatrixRMaj out = new DMatrixRMaj(x.numRows, x.numCols);
        for (int i = 0; i < out.getNumElements(); i++) {
            mask.data[i] = random.nextDouble() < keepProb ? 1 : 0;
            out.data[i] = x.data[i] * mask.data[i] / keepProb;
        }
        return out;
    }

    /**
     * Returns {@code dX = dA ⊙ D / keepProb}.
     *
     * @param da ∂J/∂A. Not modified.
     * @return ∂J/∂X, a new matrix
     */
    @Backward
    public DMatrixRMaj backward(DMatrixRMaj da) {
        DMatrixRMaj dx = new DMatrixRMaj(da.numRows, da.numCols);
        for (int i = 0; i < dx.getNumElements(); i++) {
            dx.data[i] = inputGradient(da.data[i], mask.data[i], keepProb);
        }
        return dx;
    }

    /**
     * One element of the input gradient; a subclass may override it (the bug gallery plants errors here).
     *
     * @param da the element of ∂J/∂A
     * @param mask the element of the forward pass's mask D: 1 kept, 0 dropped
     * @param keepProb the probability of keeping a unit
     * @return {@code dA · D / keepProb}, the element of ∂J/∂X
     */
    protected double inputGradient(double da, double mask, double keepProb) {
        return da * mask / keepProb;
    }

    /**
     * The probability of keeping a unit.
     *
     * @return keepProb, as given to the constructor
     */
    public double keepProb() {
        return keepProb;
    }

    /**
     * The mask of the last forward pass.
     *
     * @return a copy of D, 1 where a unit was kept and 0 where it was dropped
     */
    public DMatrixRMaj lastMask() {
        return mask.copy();
    }
}
