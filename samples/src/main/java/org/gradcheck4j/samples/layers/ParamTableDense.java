package org.gradcheck4j.samples.layers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.apiguardian.api.API;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.samples.Matrices;

/**
 * A fully connected layer {@code Z = W·X + b} that keeps its parameters the way frameworks do: in
 * a parameter table keyed {@code "W"} and {@code "b"}, reached through an accessor, with the
 * gradients in a second table under the same keys. {@code @Param} on the accessor makes each
 * entry a tensor of θ named by its key; {@code @Grad("paramTable")} pairs the gradient table with
 * it key by key.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@GradChecked
public class ParamTableDense {

    private final Map<String, DMatrixRMaj> params = new LinkedHashMap<>();
    private final Map<String, DMatrixRMaj> gradients = new LinkedHashMap<>();
    private DMatrixRMaj x;

    /**
     * Creates a layer with weights scaled by {@code sqrt(1/n_in)} and a small random bias.
     *
     * @param inputs n_in
     * @param outputs n_out
     * @param random the source. Modified (advanced).
     */
    public ParamTableDense(int inputs, int outputs, Random random) {
        params.put("W", Matrices.gaussian(outputs, inputs, Math.sqrt(1.0 / inputs), random));
        params.put("b", Matrices.gaussian(outputs, 1, 0.1, random));
    }

    /**
     * The parameter table, in the order W, b.
     *
     * @return an unmodifiable view whose matrices are the layer's own (live)
     */
    @Param
    public Map<String, DMatrixRMaj> paramTable() {
        return Collections.unmodifiableMap(params);
    }

    /**
     * The gradient table, filled by {@link #backward}.
     *
     * @return an unmodifiable view holding the gradient of each parameter under its key
     */
    @Grad("paramTable")
    public Map<String, DMatrixRMaj> gradientTable() {
        return Collections.unmodifiableMap(gradients);
    }

    /**
     * Computes {@code Z = W·X + b}.
     *
     * @param x {@code n_in × m}. Not modified; kept for the backward pass.
     * @return Z, {@code n_out × m}, a new matrix
     */
    @Forward
    public DMatrixRMaj forward(DMatrixRMaj x) {
        this.x = x;
        return Matrices.addToColumns(CommonOps_DDRM.mult(params.get("W"), x, null), params.get("b"));
    }

    /**
     * Puts {@code dW = dZ·Xᵀ} and {@code db = Σ_j dZ[:, j]} in the gradient table.
     *
     * @param dz ∂J/∂Z. Not modified.
     * @return ∂J/∂X = {@code Wᵀ·dZ}, a new matrix
     */
    @Backward
    public DMatrixRMaj backward(DMatrixRMaj dz) {
        gradients.put("W", CommonOps_DDRM.multTransB(dz, x, null));
        gradients.put("b", Matrices.sumColumns(dz, new DMatrixRMaj(dz.numRows, 1)));
        return CommonOps_DDRM.multTransA(params.get("W"), dz, null);
    }
}
