package org.gradcheck4j.nd4j.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A Deeplearning4j {@link IActivation} as gradcheck4j sees it: {@code getActivation} forward,
 * {@code backprop} backward (its first result, dL/dz). Each call gets copies, since activations may
 * work in place. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class CheckedActivation {

    private final IActivation activation;
    private INDArray preOutput;

    /**
     * Wraps an activation function.
     *
     * @param activation the Deeplearning4j activation to check; it is called on copies only
     */
    public CheckedActivation(IActivation activation) {
        this.activation = activation;
    }

    /**
     * The activation of {@code z} in training mode; remembers {@code z} for the backward pass.
     *
     * @param z the pre-activation; not modified
     * @return the activation function's output for a copy of {@code z}
     */
    @Forward
    public INDArray forward(INDArray z) {
        this.preOutput = z.dup();
        return activation.getActivation(z.dup(), true);
    }

    /**
     * dL/dz from {@code backprop(z, dL/da)}, at the {@code z} of the last {@link #forward}.
     *
     * @param outputGradient dL/da, the gradient with respect to the activation's output; not modified
     * @return dL/dz, the first result of the activation's {@code backprop}
     */
    @Backward
    public INDArray backward(INDArray outputGradient) {
        return activation.backprop(preOutput.dup(), outputGradient.dup()).getFirst();
    }

    @Override
    public String toString() {
        return activation.getClass().getSimpleName();
    }
}
