package org.gradcheck4j.samples.gallery;

import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import org.gradcheck4j.samples.gallery.ActivationBugs.LeakyReluSlopeOnWrongSide;
import org.gradcheck4j.samples.gallery.ActivationBugs.LeakyReluWithoutSlopeInBackward;
import org.gradcheck4j.samples.gallery.ActivationBugs.ReluDerivativeTakenAsOutput;
import org.gradcheck4j.samples.gallery.ActivationBugs.ReluGradientPassesNegatives;
import org.gradcheck4j.samples.gallery.ActivationBugs.SigmoidDerivativeFromInput;
import org.gradcheck4j.samples.gallery.ActivationBugs.SigmoidDerivativeWithoutOneMinus;
import org.gradcheck4j.samples.gallery.ActivationBugs.TanhDerivativeFromInput;
import org.gradcheck4j.samples.gallery.ActivationBugs.TanhDerivativeWithoutSquare;
import org.gradcheck4j.samples.gallery.ConvolutionBugs.ConvBiasGradientFromFirstPositionOnly;
import org.gradcheck4j.samples.gallery.ConvolutionBugs.ConvInputGradientWithFlippedKernel;
import org.gradcheck4j.samples.gallery.ConvolutionBugs.ConvWithOffByOneKernelIndex;
import org.gradcheck4j.samples.gallery.ConvolutionBugs.MaxPoolGradientSpreadOverWindow;
import org.gradcheck4j.samples.gallery.ConvolutionBugs.MaxPoolGradientToFirstElement;
import org.gradcheck4j.samples.gallery.CostBugs.BceSecondTermSignFlipped;
import org.gradcheck4j.samples.gallery.CostBugs.BceWithoutSecondTerm;
import org.gradcheck4j.samples.gallery.CostBugs.MseGradientSignFlipped;
import org.gradcheck4j.samples.gallery.CostBugs.MseWithoutFactorTwo;
import org.gradcheck4j.samples.gallery.CostBugs.SoftmaxGradientSignFlipped;
import org.gradcheck4j.samples.gallery.CostBugs.SoftmaxGradientWithoutLabels;
import org.gradcheck4j.samples.gallery.CostBugs.SoftmaxWithoutOneOverM;
import org.gradcheck4j.samples.gallery.DenseBugs.DenseBiasGradientFromFirstExampleOnly;
import org.gradcheck4j.samples.gallery.DenseBugs.DenseInputGradientWithoutTranspose;
import org.gradcheck4j.samples.gallery.DenseBugs.DenseWeightGradientAveragedTwice;
import org.gradcheck4j.samples.gallery.DenseBugs.DenseWithTransposedWeightGradient;
import org.gradcheck4j.samples.gallery.DenseBugs.DenseWithoutBiasGradient;
import org.gradcheck4j.samples.gallery.DropoutBugs.DropoutMaskMissingInBackward;
import org.gradcheck4j.samples.gallery.DropoutBugs.DropoutWithoutScalingInBackward;
import org.gradcheck4j.samples.gallery.NetworkBugs.NetworkDropoutMaskMissingInBackward;
import org.gradcheck4j.samples.gallery.NetworkBugs.NetworkL2GradientWithoutOneOverM;
import org.gradcheck4j.samples.gallery.NetworkBugs.NetworkOutputGradientWithoutOneOverM;
import org.gradcheck4j.samples.gallery.NetworkBugs.NetworkWithoutL2Gradient;
import org.gradcheck4j.samples.gallery.NormalizationBugs.BatchNormGammaGradientCopiedFromBeta;
import org.gradcheck4j.samples.gallery.NormalizationBugs.BatchNormWithoutMeanTerm;
import org.gradcheck4j.samples.gallery.NormalizationBugs.BatchNormWithoutVarianceTerm;
import org.gradcheck4j.samples.gallery.NormalizationBugs.LayerNormWithoutGammaInInputGradient;
import org.gradcheck4j.samples.gallery.NormalizationBugs.LayerNormWithoutVarianceTerm;
import org.gradcheck4j.samples.gallery.SequenceBugs.AttentionKeyGradientWithQueryWeights;
import org.gradcheck4j.samples.gallery.SequenceBugs.LstmCellGradientWithoutDc;
import org.gradcheck4j.samples.gallery.SequenceBugs.LstmPreviousCellGradientWithoutForgetGate;
import org.gradcheck4j.samples.gallery.SequenceBugs.RnnInitialStateGradientWithUntransposedWeights;
import org.gradcheck4j.samples.gallery.SequenceBugs.AttentionSoftmaxJacobianDiagonalOnly;
import org.gradcheck4j.samples.gallery.SequenceBugs.AttentionValueGradientWithUntransposedWeights;
import org.gradcheck4j.samples.gallery.SequenceBugs.EmbeddingGradientAveragedOverBatch;
import org.gradcheck4j.samples.gallery.SequenceBugs.EmbeddingOverwritesRepeatedIds;
import org.gradcheck4j.samples.gallery.SequenceBugs.RnnRecurrentGradientWithCurrentState;
import org.gradcheck4j.samples.gallery.SequenceBugs.RnnStateGradientWithUntransposedWeights;
import org.gradcheck4j.samples.gallery.SequenceBugs.RnnWithoutGradientThroughTime;

/**
 * The bug gallery as data: every planted backprop mistake of the samples, the tensor it lives in,
 * the tensors it spreads to, and how to build it. Tests check each row; a later column can add the
 * hint a diagnosis should give for it.
 */
public final class BugGallery {

    private static final Set<String> NONE = Set.of();
    private static final Set<String> RNN_OTHERS = Set.of("Wax", "ba", "x", "a0");
    private static final Set<String> NETWORK_WEIGHTS = Set.of("W[1]", "W[2]");

    private BugGallery() {
    }

    /** Every planted bug, grouped by layer. */
    public static List<PlantedBug> bugs() {
        return List.of(
                bug("DenseWithoutBiasGradient", "b", NONE, "db is never computed and stays zero",
                        s -> SampleCases.dense(s, 4, 3, DenseWithoutBiasGradient::new)),
                bug("DenseBiasGradientFromFirstExampleOnly", "b", NONE, "db = dZ[:, 0] instead of the sum over the batch",
                        s -> SampleCases.dense(s, 4, 3, DenseBiasGradientFromFirstExampleOnly::new)),
                bug("DenseWithTransposedWeightGradient", "W", NONE, "dW = X·dZᵀ, the transpose (a square layer)",
                        s -> SampleCases.dense(s, 4, 4, DenseWithTransposedWeightGradient::new)),
                bug("DenseWeightGradientAveragedTwice", "W", NONE, "dW divided by m although the cost already averaged",
                        s -> SampleCases.dense(s, 4, 3, DenseWeightGradientAveragedTwice::new)),
                bug("DenseInputGradientWithoutTranspose", "x", NONE, "dX = W·dZ instead of Wᵀ·dZ (a square layer)",
                        s -> SampleCases.dense(s, 4, 4, DenseInputGradientWithoutTranspose::new)),

                bug("ReluGradientPassesNegatives", "z", NONE, "g'(z) = 1 everywhere: negative inputs pass gradient",
                        s -> SampleCases.activation(s, ReluGradientPassesNegatives::new)),
                bug("ReluDerivativeTakenAsOutput", "z", NONE, "g'(z) = max(0, z), the activation itself",
                        s -> SampleCases.activation(s, ReluDerivativeTakenAsOutput::new)),
                bug("LeakyReluWithoutSlopeInBackward", "z", NONE, "g'(z) = 0 for z ≤ 0 instead of α",
                        s -> SampleCases.leakyRelu(s, LeakyReluWithoutSlopeInBackward::new)),
                bug("LeakyReluSlopeOnWrongSide", "z", NONE, "α for z > 0 and 1 for z ≤ 0, swapped",
                        s -> SampleCases.leakyRelu(s, LeakyReluSlopeOnWrongSide::new)),
                bug("TanhDerivativeWithoutSquare", "z", NONE, "g'(z) = 1 − a instead of 1 − a²",
                        s -> SampleCases.activation(s, TanhDerivativeWithoutSquare::new)),
                bug("TanhDerivativeFromInput", "z", NONE, "g'(z) = 1 − z², from the input instead of the output",
                        s -> SampleCases.activation(s, TanhDerivativeFromInput::new)),
                bug("SigmoidDerivativeWithoutOneMinus", "z", NONE, "g'(z) = a instead of a·(1 − a)",
                        s -> SampleCases.activation(s, SigmoidDerivativeWithoutOneMinus::new)),
                bug("SigmoidDerivativeFromInput", "z", NONE, "g'(z) = z·(1 − z), from the input instead of the output",
                        s -> SampleCases.activation(s, SigmoidDerivativeFromInput::new)),

                bug("SoftmaxWithoutOneOverM", "z", NONE, "dZ = P − Y: the 1/m of the mean is missing",
                        s -> SampleCases.softmax(s, SoftmaxWithoutOneOverM::new)),
                bug("SoftmaxGradientSignFlipped", "z", NONE, "dZ = (Y − P)/m: the sign is flipped",
                        s -> SampleCases.softmax(s, SoftmaxGradientSignFlipped::new)),
                bug("SoftmaxGradientWithoutLabels", "z", NONE, "dZ = P/m: the labels are left out",
                        s -> SampleCases.softmax(s, SoftmaxGradientWithoutLabels::new)),
                bug("MseWithoutFactorTwo", "prediction", NONE, "dŶ = (Ŷ − Y)/m: the factor 2 of the square is lost",
                        s -> SampleCases.meanSquaredError(s, MseWithoutFactorTwo::new)),
                bug("MseGradientSignFlipped", "prediction", NONE, "dŶ = 2·(Y − Ŷ)/m: the sign is flipped",
                        s -> SampleCases.meanSquaredError(s, MseGradientSignFlipped::new)),
                bug("BceWithoutSecondTerm", "a", NONE, "dA = −(y/a)/m: the (1 − y)·log(1 − a) term is dropped",
                        s -> SampleCases.binaryCrossEntropy(s, BceWithoutSecondTerm::new)),
                bug("BceSecondTermSignFlipped", "a", NONE, "+(1 − y)/(1 − a): the −1 from d(1 − a)/da is lost",
                        s -> SampleCases.binaryCrossEntropy(s, BceSecondTermSignFlipped::new)),

                bug("DropoutMaskMissingInBackward", "x", NONE, "dX = dA/keepProb without the mask",
                        s -> SampleCases.dropout(s, DropoutMaskMissingInBackward::new)),
                bug("DropoutWithoutScalingInBackward", "x", NONE, "dX = dA ⊙ D without the 1/keepProb",
                        s -> SampleCases.dropout(s, DropoutWithoutScalingInBackward::new)),

                bug("BatchNormWithoutMeanTerm", "z", NONE, "dz lacks −Σ dẑ, the path through the batch mean",
                        s -> SampleCases.batchNorm(s, BatchNormWithoutMeanTerm::new)),
                bug("BatchNormWithoutVarianceTerm", "z", NONE, "dz lacks −ẑ·Σ dẑ·ẑ, the path through the variance",
                        s -> SampleCases.batchNorm(s, BatchNormWithoutVarianceTerm::new)),
                bug("BatchNormGammaGradientCopiedFromBeta", "gamma", NONE, "dγ = Σ dOut, without the factor ẑ",
                        s -> SampleCases.batchNorm(s, BatchNormGammaGradientCopiedFromBeta::new)),
                bug("LayerNormWithoutGammaInInputGradient", "z", NONE, "dẑ = dOut: γ is left out of dz",
                        s -> SampleCases.layerNorm(s, LayerNormWithoutGammaInInputGradient::new)),
                bug("LayerNormWithoutVarianceTerm", "z", NONE, "dz lacks the path through each example's variance",
                        s -> SampleCases.layerNorm(s, LayerNormWithoutVarianceTerm::new)),

                bug("ConvWithOffByOneKernelIndex", "K", NONE, "dK reads the input at column s + v + 1",
                        s -> SampleCases.conv(s, ConvWithOffByOneKernelIndex::new)),
                bug("ConvInputGradientWithFlippedKernel", "x", NONE, "dX uses the flipped kernel K[k−1−u, k−1−v]",
                        s -> SampleCases.conv(s, ConvInputGradientWithFlippedKernel::new)),
                bug("ConvBiasGradientFromFirstPositionOnly", "b", NONE, "db sums only position (0, 0) of each map",
                        s -> SampleCases.conv(s, ConvBiasGradientFromFirstPositionOnly::new)),
                bug("MaxPoolGradientSpreadOverWindow", "x", NONE, "dY/k² to every element: average pooling's backward",
                        s -> SampleCases.maxPool(s, MaxPoolGradientSpreadOverWindow::new)),
                bug("MaxPoolGradientToFirstElement", "x", NONE, "dY to the window's first element, not its maximum",
                        s -> SampleCases.maxPool(s, MaxPoolGradientToFirstElement::new)),

                bug("EmbeddingOverwritesRepeatedIds", "E", NONE, "dE[:, id] = dY[:, j] assigns: repeated ids lose terms",
                        s -> SampleCases.embedding(s, EmbeddingOverwritesRepeatedIds::new)),
                bug("EmbeddingGradientAveragedOverBatch", "E", NONE, "dE divided by m although the lookup does not average",
                        s -> SampleCases.embedding(s, EmbeddingGradientAveragedOverBatch::new)),
                bug("RnnWithoutGradientThroughTime", "Waa", RNN_OTHERS, "nothing flows back to a⟨t−1⟩ (truncated BPTT)",
                        s -> SampleCases.rnn(s, RnnWithoutGradientThroughTime::new)),
                bug("RnnRecurrentGradientWithCurrentState", "Waa", NONE, "dWaa = dz·a⟨t⟩ᵀ instead of dz·a⟨t−1⟩ᵀ",
                        s -> SampleCases.rnn(s, RnnRecurrentGradientWithCurrentState::new)),
                bug("RnnStateGradientWithUntransposedWeights", "Waa", RNN_OTHERS, "da⟨t−1⟩ = Waa·dz instead of Waaᵀ·dz",
                        s -> SampleCases.rnn(s, RnnStateGradientWithUntransposedWeights::new)),
                bug("RnnInitialStateGradientWithUntransposedWeights", "a0", NONE, "da⟨0⟩ = Waa·dz⟨1⟩ instead of Waaᵀ·dz⟨1⟩",
                        s -> SampleCases.rnn(s, RnnInitialStateGradientWithUntransposedWeights::new)),
                bug("LstmCellGradientWithoutDc", "W", Set.of("b", "x", "hPrev", "cPrev"),
                        "dc, the gradient arriving at the c output, is dropped from dc_total",
                        s -> SampleCases.lstm(s, LstmCellGradientWithoutDc::new)),
                bug("LstmPreviousCellGradientWithoutForgetGate", "cPrev", NONE, "dc⟨t−1⟩ = dc_total without ⊙ f",
                        s -> SampleCases.lstm(s, LstmPreviousCellGradientWithoutForgetGate::new)),
                bug("AttentionSoftmaxJacobianDiagonalOnly", "Wq", Set.of("Wk", "queries", "keys"),
                        "dS = A ⊙ dA: the softmax's −A·(A·dA) term is lost",
                        s -> SampleCases.attention(s, AttentionSoftmaxJacobianDiagonalOnly::new)),
                bug("AttentionValueGradientWithUntransposedWeights", "Wv", Set.of("values"), "dV = dO·A instead of dO·Aᵀ",
                        s -> SampleCases.attention(s, AttentionValueGradientWithUntransposedWeights::new)),
                bug("AttentionKeyGradientWithQueryWeights", "keys", NONE, "dXk = Wqᵀ·dK instead of Wkᵀ·dK",
                        s -> SampleCases.attention(s, AttentionKeyGradientWithQueryWeights::new)),

                bug("NetworkWithoutL2Gradient", "W[0]", NETWORK_WEIGHTS, "(λ/m)·W is never added to dW",
                        s -> SampleCases.network(s, NetworkWithoutL2Gradient::new)),
                bug("NetworkL2GradientWithoutOneOverM", "W[0]", NETWORK_WEIGHTS, "λ·W added to dW instead of (λ/m)·W",
                        s -> SampleCases.network(s, NetworkL2GradientWithoutOneOverM::new)),
                bug("NetworkDropoutMaskMissingInBackward", "W[1]", Set.of("b[1]", "W[0]", "b[0]", "x"),
                        "hidden layers' dA scaled by 1/keepProb but not masked",
                        s -> SampleCases.network(s, NetworkDropoutMaskMissingInBackward::new)),
                bug("NetworkOutputGradientWithoutOneOverM", "W[2]", Set.of("b[2]", "W[1]", "b[1]", "W[0]", "b[0]", "x"),
                        "dZ[L] = A[L] − Y: the 1/m of the mean is missing",
                        s -> SampleCases.network(s, NetworkOutputGradientWithoutOneOverM::new)));
    }

    private static PlantedBug bug(String name, String tensor, Set<String> alsoFailing, String mistake,
                                  LongFunction<Case> factory) {
        return new PlantedBug(name, tensor, alsoFailing, mistake, factory);
    }
}
