package org.gradcheck4j;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * How the numeric gradient is obtained.
 *
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public enum CheckMode {
    /** Exhaustive for small tensors, directional with localisation for large ones. */
    AUTO,
    /** Every component perturbed on its own: 2N evaluations of J. */
    EXHAUSTIVE,
    /**
     * A few random directions per tensor, at a cost independent of N; a failing tensor is then
     * searched block by block to name its wrong components.
     */
    DIRECTIONAL,
    /**
     * Each tensor checked component by component, as in {@link #EXHAUSTIVE}, on a stratified random
     * sample in which every row and every column is represented: max(rows, cols) components per
     * tensor (a vector whole), 2 evaluations of J each. The other components are not checked (NaN in
     * {@link TensorResult#numeric()}); a note says how many were. {@link #AUTO} never chooses it.
     */
    SAMPLED
}
