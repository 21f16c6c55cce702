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

    /** Wraps a loss function, its output activation, the labels and an optional mask (null for none). */
    public CheckedLoss(ILossFunction loss, IActivation activation, INDArray labels, INDArray mask) {
        this.loss = loss;
        this.activation = activation;
        this.labels = labels;
        this.mask = mask;
    }

    /** The summed score at {@code preOutput}. */
    @Forward
    public double cost(INDArray preOutput) {
        this.preOutput = preOutput.dup();
        return loss.computeScore(labels, preOutput.dup(), activation, mask, false);
    }

    /** dL/d(preOutput) from {@code computeGradient}. */
    @Backward
    public INDArray backward() {
        return loss.computeGradient(labels, preOutput.dup(), activation, mask);
    }

    @Override
    public String toString() {
        return loss.getClass().getSimpleName() + " with " + activation.getClass().getSimpleName();
    }
}
