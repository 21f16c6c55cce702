package org.gradcheck4j.nd4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.nd4j.samples.SoftsignActivation;
import org.junit.jupiter.api.Test;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;
import org.nd4j.linalg.lossfunctions.impl.LossNegativeLogLikelihood;

/** Custom and built-in activations and losses, with planted bugs, each checked in one line. */
class ActivationAndLossCheckTests {

    private final INDArray preOutput = Fixtures.uniform(3, 6, 4);

    @Test
    void correctActivationsPass() {
        Nd4jGradCheck.activation(new ActivationTanH(), preOutput).assertCorrect();
        Nd4jGradCheck.activation(new SoftsignActivation(), preOutput).assertCorrect();
    }

    @Test
    void aWrongActivationDerivativeFails() {
        GradCheckResult r = Nd4jGradCheck.activation(new SoftsignActivation.MissingSquare(), preOutput).run();
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void theActivationIsNotHandedArraysItMayOverwrite() {
        INDArray before = preOutput.dup();
        Nd4jGradCheck.activation(new SoftsignActivation(), preOutput).assertCorrect();
        assertThat(preOutput).isEqualTo(before);
    }

    @Test
    void fusedSoftmaxCrossEntropyPassesThoughSoftmaxBackpropIsNotUsed() {
        INDArray labels = Fixtures.oneHot(6, 4);
        Nd4jGradCheck.loss(new LossMCXENT(), new ActivationSoftmax(), labels, preOutput).assertCorrect();
        Nd4jGradCheck.loss(new LossNegativeLogLikelihood(), new ActivationSoftmax(), labels, preOutput)
                .assertCorrect();
        Nd4jGradCheck.loss(new LossMSE(), new ActivationSigmoid(), Fixtures.uniform(4, 6, 4), preOutput)
                .assertCorrect();
    }

    @Test
    void aMaskedLossPasses() {
        INDArray mask = Fixtures.oneHot(6, 2).getColumn(0, true).reshape(6, 1);
        Nd4jGradCheck.loss(new LossMSE(), new ActivationIdentity(), Fixtures.uniform(4, 6, 4), preOutput, mask)
                .assertCorrect();
    }

    @Test
    void aLossWithAWrongGradientFails() {
        GradCheckResult r = Nd4jGradCheck.loss(new HalfGradientMse(), new ActivationIdentity(),
                Fixtures.uniform(4, 6, 4), preOutput).run();
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
    }

    /** Planted bug: MSE whose gradient is half the true one. */
    static final class HalfGradientMse extends LossMSE {
        private static final long serialVersionUID = 1L;

        @Override
        public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation fn, INDArray mask) {
            return super.computeGradient(labels, preOutput, fn, mask).muli(0.5);
        }

        @Override
        public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput, IActivation fn,
                INDArray mask, boolean average) {
            return new Pair<>(computeScore(labels, preOutput, fn, mask, average),
                    computeGradient(labels, preOutput, fn, mask));
        }
    }
}
