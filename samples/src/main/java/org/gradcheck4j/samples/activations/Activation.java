package org.gradcheck4j.samples.activations;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.ejml.data.DMatrixRMaj;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.GradChecked;

/**
 * An element-wise activation layer {@code A = g(Z)} without parameters; its backward pass returns
 * {@code dZ = dA ⊙ g'(Z)}, which the check compares with the numeric input gradient.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@GradChecked
public abstract class Activation {

    private DMatrixRMaj z;
    private DMatrixRMaj a;

    /**
     * Computes {@code A = g(Z)}.
     *
     * @param z the pre-activation. Not modified; kept for the backward pass.
     * @return a new matrix {@code A}
     */
    @Forward
    public DMatrixRMaj forward(DMatrixRMaj z) {
        this.z = z;
        DMatrixRMaj out = new DMatrixRMaj(z.numRows, z.numCols);
        for (int i = 0; i < out.getNumElements(); i++) {
            out.data[i] = apply(z.data[i]);
        }
        this.a = out;
        return out;
    }

    /**
     * Computes {@code dZ = dA ⊙ g'(Z)}.
     *
     * @param da ∂J/∂A. Not modified.
     * @return ∂J/∂Z, a new matrix
     */
    @Backward
    public DMatrixRMaj backward(DMatrixRMaj da) {
        DMatrixRMaj dz = new DMatrixRMaj(da.numRows, da.numCols);
        for (int i = 0; i < dz.getNumElements(); i++) {
            dz.data[i] = da.data[i] * derivative(z.data[i], a.data[i]);
        }
        return dz;
    }

    /**
     * The activation function of one element.
     *
     * @param z the pre-activation
     * @return {@code g(z)}
     */
    public abstract double apply(double z);

    /**
     * {@code g'(z)}, given both the input {@code z} and the output {@code a = g(z)}.
     *
     * @param z the pre-activation
     * @param a the activation {@code g(z)}
     * @return the derivative at {@code z}
     */
    public abstract double derivative(double z, double a);

    /** The activation's simple class name, e.g. {@code Tanh}. */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
