package org.gradcheck4j.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Hint;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.testlayers.Activations;
import org.gradcheck4j.testlayers.DenseBugs;
import org.gradcheck4j.testlayers.EjmlDense;
import org.gradcheck4j.testlayers.Mat;
import org.gradcheck4j.testlayers.SoftmaxRegression;
import org.gradcheck4j.testlayers.TwoLayerNet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of planted bug → expected hints. Each row gives the rules that must fire, in order,
 * and nothing else (so every other rule is shown to stay silent on that bug), and a fragment of the
 * first hint's evidence.
 */
class HintTableTests {

    static Stream<Arguments> table() {
        return Stream.of(
                row("dW sign flipped", r -> GradCheck.of(new DenseBugs.SignFlippedWeightGradient(4, 3, r))
                        .input(Mat.random(4, 5, r, 1)), "a ≈ -1.000·n over all 12 components",
                        "W:sign-flipped", "W:only-one-tensor"),
                row("sigmoid sign flipped", r -> GradCheck.of(new Activations.SigmoidWithSignFlip())
                        .input(new double[] {-1.2, 0.4, 2.0}), "a ≈ -1.000·n over all 3 components",
                        "x:sign-flipped"),
                row("dW doubled", r -> GradCheck.of(new DenseSlips.DoubledWeightGradient(4, 3, r))
                        .input(Mat.random(4, 5, r, 1)), "a ≈ 2.000·n over all 12 components of W",
                        "W:constant-factor", "W:only-one-tensor"),
                row("softmax without 1/m", r -> GradCheck.of(new SoftmaxRegression.WithoutOneOverM(4, 3, r))
                        .input(Mat.random(4, 6, r, 1), SoftmaxRegression.labels(3, 6, r)),
                        "a ≈ 6.000·n in each of W and b", ":constant-factor"),
                row("dropout without 1/keepProb in backward", r -> GradCheck.of(
                        new DenseSlips.DropoutWithoutScaleInBackward(3, 5, 0.6, r))
                        .input(Mat.random(3, 8, r, 1), TwoLayerNet.labels(8, r)),
                        "k ≈ keepProb = 0.6", ":constant-factor", ":layer-boundary"),
                row("dW transposed", r -> GradCheck.of(new DenseBugs.TransposedWeightGradient(4, r))
                        .input(Mat.random(4, 5, r, 1)), "a ≈ nᵀ over all 16 components",
                        "W:transposed", "W:only-one-tensor"),
                row("EJML dW transposed", r -> GradCheck.of(new EjmlDense.WithTransposedGradient(3, r))
                        .input(RandomMatrices_DDRM.rectangleGaussian(3, 5, 0, 1, r)), "a ≈ nᵀ over all 9 components",
                        "W:transposed", "W:only-one-tensor"),
                row("EJML db never written", r -> GradCheck.of(new EjmlDense.WithoutBiasGradient(3, 4, r))
                        .input(RandomMatrices_DDRM.rectangleGaussian(3, 5, 0, 1, r)),
                        "never writes @Grad field db", "b:zero-gradient", "b:only-bias"),
                row("dx never filled", r -> GradCheck.of(new DenseSlips.InputGradientNeverFilled(4, 3, r))
                        .input(Mat.random(4, 5, r, 1)), "@Backward returns zeros for dJ/dx",
                        "x:zero-gradient", "x:input-gradient"),
                row("db from one example", r -> GradCheck.of(new DenseBugs.WrongBiasGradient(4, 3, r))
                        .input(Mat.random(4, 5, r, 1)), "only the bias gradient is wrong: b fails while W and x pass",
                        "b:only-bias"),
                row("dx with W instead of Wᵀ", r -> GradCheck.of(new DenseBugs.UntransposedInputGradient(4, r))
                        .input(Mat.random(4, 5, r, 1)), "the bug is in dx, not in dW", "x:input-gradient"),
                row("row 1 of dW from unit 0", r -> GradCheck.of(new DenseSlips.WrongRow(4, 3, r))
                        .input(Mat.random(4, 5, r, 1)), "only row 1 of W is wrong (4 of its 4 components",
                        "W:one-row", "W:only-one-tensor"),
                row("column 2 of dW sign flipped", r -> GradCheck.of(new DenseSlips.WrongColumn(4, 3, r))
                        .input(Mat.random(4, 5, r, 1)), "only column 2 of W is wrong (3 of its 3 components",
                        "W:one-column", "W:only-one-tensor"),
                row("dW[2,1] off by one", r -> GradCheck.of(new DenseSlips.WrongElement(4, 3, r))
                        .input(Mat.random(4, 5, r, 1)), "only W[2,1] is wrong",
                        "W:few-elements", "W:only-one-tensor"),
                row("dW[0,0] and dW[2,3] off by 0.7", r -> GradCheck.of(new DenseSlips.TwoWrongElements(4, 3, r))
                        .input(Mat.random(4, 5, r, 1)), "only 2 of the 12 components of W are wrong: W[0,0], W[2,3]",
                        "W:few-elements", "W:only-one-tensor"),
                row("dW1 stored in dW2", r -> GradCheck.of(new LinearChain.FirstGradientStoredInSecond(3, r))
                        .input(Mat.random(3, 4, r, 1)), "dJ/dW2 holds the gradient of W1",
                        "W2:wrong-tensor", "W2:only-one-tensor"),
                row("network without L2 gradient", r -> GradCheck.of(new TwoLayerNet.WithoutL2Gradient(3, 4, 1.0, 5.0, r))
                        .input(Mat.random(3, 6, r, 1), TwoLayerNet.labels(6, r)),
                        "the gradient of the @Penalty term l2() is missing from the gradients of W[0] and W[1]: a matches the"
                                + " numeric gradient of the data term alone in each of W[0] and W[1] (16 components, relative error",
                        ":penalty-gradient-missing"),
                row("ridge without L2 gradient", r -> GradCheck.of(new Ridge.WithoutPenaltyGradient(4, 3, 2.0, r))
                        .input(Mat.random(4, 6, r, 1), Ridge.targets(3, 6, r)),
                        "a matches the numeric gradient of the data term alone",
                        "W:penalty-gradient-missing", "W:only-one-tensor"),
                row("network L2 gradient doubled", r -> GradCheck.of(new DenseSlips.DoubledL2Gradient(3, 4, 5.0, r))
                        .input(Mat.random(3, 6, r, 1), TwoLayerNet.labels(6, r)),
                        "in the gradients of W[0] and W[1] is wrong by a factor 2.000: a − n_data ≈ 2.000·n_pen in each of W[0]"
                                + " and W[1] (16 components",
                        ":penalty-gradient-factor"),
                row("ridge L2 gradient subtracted", r -> GradCheck.of(new Ridge.PenaltyGradientSubtracted(4, 3, 2.0, r))
                        .input(Mat.random(4, 6, r, 1), Ridge.targets(3, 6, r)),
                        "a − n_data ≈ -1.000·n_pen over all 12 components", "W:penalty-gradient-factor",
                        "W:only-one-tensor"),
                row("ridge data term sign flipped", r -> GradCheck.of(new Ridge.DataSignFlipped(4, 3, 2.0, r))
                        .input(Mat.random(4, 6, r, 1), Ridge.targets(3, 6, r)),
                        "a ≈ -1.000·n over all 3 components", "b:sign-flipped", "W:data-term-wrong"),
                row("ridge data term without 1/m", r -> GradCheck.of(new Ridge.DataWithoutOneOverM(4, 3, 2.0, r))
                        .input(Mat.random(4, 6, r, 1), Ridge.targets(3, 6, r)),
                        "k ≈ 6, a dimension of input x [4, 6] and y [3, 6]: likely a missing 1/m",
                        "b:constant-factor", "W:data-term-wrong"),
                row("dropout mask left out of backward", r -> GradCheck.of(
                        new TwoLayerNet.DropoutMaskMissingInBackward(3, 6, 0.6, 0.1, r))
                        .input(Mat.random(3, 8, r, 1), TwoLayerNet.labels(8, r)),
                        "the data term's gradient of W[0] is wrong, not the @Penalty's", "W[0]:data-term-wrong",
                        ":layer-boundary"),
                row("L2 in the cost, missing from dW", r -> GradCheck.of(new RidgeInOneCost(4, 3, 3.0, 0, r))
                        .input(Mat.random(4, 6, r, 1), Ridge.targets(3, 6, r)),
                        "n − a ≈ 0.5000·W over all 12 components", "W:missing-regularisation"),
                row("weight decay in dW, not in the cost", r -> GradCheck.of(new RidgeInOneCost(4, 3, 0, 3.0, r))
                        .input(Mat.random(4, 6, r, 1), Ridge.targets(3, 6, r)),
                        "a − n ≈ 0.5000·W over all 12 components", "W:missing-regularisation"),
                row("ReLU passing negatives", r -> GradCheck.of(new Relu.PassingNegatives()).input(Relu.input()),
                        "dJ/dz is nonzero at 5 of 12 components where the numeric gradient is 0 (z[0,0], z[0,3]",
                        "z:leaked-gradient"),
                row("ReLU test z > 0.5", r -> GradCheck.of(new Relu.ThresholdTooHigh()).input(Relu.input()),
                        "dJ/dz is 0 at 4 of 12 components where the numeric gradient is not (z[0,1], z[1,0], z[1,3], z[2,1])",
                        "z:blocked-gradient"),
                row("ReLU test inverted", r -> GradCheck.of(new Relu.InvertedTest()).input(Relu.input()),
                        "dJ/dz goes to the wrong elements: it is nonzero at 5 components where the numeric gradient"
                                + " is 0 (z[0,0], z[0,3], z[1,2], z[2,0], z[2,3]) and 0 at 7 where it is not",
                        "z:misrouted-gradient"),
                row("tanh derivative 1 − y: no pattern fits", r -> GradCheck.of(new Activations.TanhWithWrongDerivative())
                        .input(Mat.random(3, 4, r, 1)), ""));
    }

    private static Arguments row(String bug, Function<Random, GradCheck> check, String evidence, String... hints) {
        return Arguments.of(bug, check, evidence, List.of(hints));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void plantedBugGivesExactlyTheExpectedHints(String bug, Function<Random, GradCheck> check, String evidence,
                                                List<String> expected) {
        for (long seed = 1; seed <= 3; seed++) {
            GradCheckResult result = check.apply(new Random(seed)).seed(seed).run();
            assertEquals(Verdict.FAIL, result.verdict(), result::message);
            List<String> hints = result.hints().stream().map(h -> h.tensor() + ":" + h.rule()).toList();
            assertEquals(expected, hints, result::message);
            if (!expected.isEmpty()) {
                assertThat(result.hints().get(0).message()).contains(evidence);
                assertThat(result.message()).contains("Hint: " + result.hints().get(0).message());
            }
        }
    }

    static List<Hint> hints(GradCheckResult result) {
        return result.hints();
    }
}
