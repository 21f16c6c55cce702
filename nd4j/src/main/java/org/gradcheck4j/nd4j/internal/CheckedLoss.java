package org.gradcheck4j.nd4j.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * A Deeplearning4j {@link ILossFunction} with its output activation as gradcheck4j sees it: the cost
 * is {@code computeScore(labels, preOutput, activation, mask, false)} (summed over the batch, as
 * {@code computeGradient} is), and the gradient with respect to the pre-output is
 * {@code computeGradient}. Fused cases (softmax with cross-entropy) are checked as DL4J computes
 * them: through the loss, not through the activation's own derivative. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class CheckedLoss {

    private final ILossFunction loss;
    private final IActivation activation;
    private final INDArray labels;
    private final INDArray mask;
    private INDArray preOutput;

    /**
     * Wraps a loss function, its output activation, the labels and an optional mask.
     *
     * @param loss the Deeplearning4j loss function to check
     * @param activation the output activation the loss applies to the pre-output
     * @param labels the labels, in double precision
     * @param mask the mask (per example, or per output), or null for none
     */
    public CheckedLoss(ILossFunction loss, IActivation activation, INDArray labels, INDArray mask) {
        this.loss = loss;
        this.activation = activation;
        this.labels = labels;
        this.mask = mask;
    }

    /**
     * The score at {@code preOutput}, summed over the batch; remembers {@code preOutput} for the backward pass.
     *
     * @param preOutput the output layer's pre-activation; not modified
     * @return {@code computeScore} of the labels at a copy of {@code preOutput}, not averaged
     */
    @Forward
    public double cost(INDArray preOutput) {
        this.preOutput = preOutput.dup();
        return loss.computeScore(labels, preOutput.dup(), activation, mask, false);
    }

    /**
     * dL/d(preOutput) from {@code computeGradient}, at the pre-output of the last {@link #cost}.
     *
     * @return the gradient of the summed score with respect to the pre-output
     */
    @Backward
    public INDArray backward() {
        return loss.computeGradient(labels, preOutput.dup(), activation, mask);
    }

    @Override
    public String toString() {
        return loss.getClass().getSimpleName() + " with " + activation.getClass().getSimpleName();
    }
}
