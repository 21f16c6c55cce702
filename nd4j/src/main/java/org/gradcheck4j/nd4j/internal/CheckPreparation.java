package org.gradcheck4j.nd4j.internal;

import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

/**
 * What a layer configuration needs before it can be checked, applied to a copy: no dropout and no
 * weight noise (a stochastic cost cannot be checked), a no-op updater (DL4J's updater turns the raw
 * gradient, summed over the batch, into the gradient of the mean score plus regularisation, and
 * must do nothing else), and no softmax clipping in cross-entropy losses (clipping makes the loss
 * flat where the gradient is not). Internal.
 */
final class CheckPreparation {

    private CheckPreparation() {
    }

    /** Prepares one layer configuration in place (the caller passes a copy). */
    static void prepare(Layer conf) {
        conf.setIDropout(null);
        if (conf instanceof BaseLayer base) {
            base.setWeightNoise(null);
            base.setIUpdater(new NoOp());
            base.setBiasUpdater(new NoOp());
        }
        if (conf instanceof BaseOutputLayer output) {
            output.setLossFn(unclipped(output.getLossFn()));
        } else if (conf instanceof LossLayer loss) {
            loss.setLossFn(unclipped(loss.getLossFn()));
        }
    }

    private static ILossFunction unclipped(ILossFunction loss) {
        if (loss instanceof LossMCXENT xent) {
            xent.setSoftmaxClipEps(0.0);
        }
        return loss;
    }
}
