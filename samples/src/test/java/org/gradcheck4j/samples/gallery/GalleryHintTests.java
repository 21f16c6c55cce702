package org.gradcheck4j.samples.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Hint;
import org.gradcheck4j.TensorResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The expected-hint column of the bug gallery: for every planted bug, the first hint the diagnosis
 * gives ({@code tensor:rule}, the tensor empty for a hint about several tensors), or {@code none}
 * when no pattern fits (a wrong derivative formula, a wrong Jacobian: the check still fails, but no
 * hint would be honest). Every hint must be about a tensor that fails.
 */
class GalleryHintTests {

    private static final long[] SEEDS = {1, 2, 3};

    /** Planted bug → the first hint. */
    private static final Map<String, String> EXPECTED_FIRST_HINT = Map.ofEntries(
            Map.entry("DenseWithoutBiasGradient", "b:zero-gradient"),
            Map.entry("DenseBiasGradientFromFirstExampleOnly", "b:only-bias"),
            Map.entry("DenseWithTransposedWeightGradient", "W:transposed"),
            Map.entry("DenseWeightGradientAveragedTwice", "W:constant-factor"),
            Map.entry("DenseInputGradientWithoutTranspose", "x:input-gradient"),
            Map.entry("ReluGradientPassesNegatives", "z:leaked-gradient"),
            Map.entry("ReluDerivativeTakenAsOutput", "none"),
            Map.entry("LeakyReluWithoutSlopeInBackward", "z:blocked-gradient"),
            Map.entry("LeakyReluSlopeOnWrongSide", "none"),
            Map.entry("TanhDerivativeWithoutSquare", "none"),
            Map.entry("TanhDerivativeFromInput", "none"),
            Map.entry("SigmoidDerivativeWithoutOneMinus", "none"),
            Map.entry("SigmoidDerivativeFromInput", "none"),
            Map.entry("SoftmaxWithoutOneOverM", "z:constant-factor"),
            Map.entry("SoftmaxGradientSignFlipped", "z:sign-flipped"),
            Map.entry("SoftmaxGradientWithoutLabels", "z:few-elements"),
            Map.entry("MseWithoutFactorTwo", "prediction:constant-factor"),
            Map.entry("MseGradientSignFlipped", "prediction:sign-flipped"),
            Map.entry("BceWithoutSecondTerm", "a:blocked-gradient"),
            Map.entry("BceSecondTermSignFlipped", "none"),
            Map.entry("DropoutMaskMissingInBackward", "x:leaked-gradient"),
            Map.entry("DropoutWithoutScalingInBackward", "x:constant-factor"),
            Map.entry("BatchNormWithoutMeanTerm", "z:input-gradient"),
            Map.entry("BatchNormWithoutVarianceTerm", "z:input-gradient"),
            Map.entry("BatchNormGammaGradientCopiedFromBeta", "gamma:wrong-tensor"),
            Map.entry("LayerNormWithoutGammaInInputGradient", "z:input-gradient"),
            Map.entry("LayerNormWithoutVarianceTerm", "z:input-gradient"),
            Map.entry("ConvWithOffByOneKernelIndex", "K:only-one-tensor"),
            Map.entry("ConvInputGradientWithFlippedKernel", "x:input-gradient"),
            Map.entry("ConvBiasGradientFromFirstPositionOnly", "b:only-bias"),
            Map.entry("MaxPoolGradientSpreadOverWindow", "none"),
            Map.entry("MaxPoolGradientToFirstElement", "x:misrouted-gradient"),
            Map.entry("EmbeddingOverwritesRepeatedIds", "none"),
            Map.entry("EmbeddingGradientAveragedOverBatch", "E:constant-factor"),
            Map.entry("RnnWithoutGradientThroughTime", "none"),
            Map.entry("RnnRecurrentGradientWithCurrentState", "Waa:only-one-tensor"),
            Map.entry("RnnStateGradientWithUntransposedWeights", "none"),
            Map.entry("AttentionSoftmaxJacobianDiagonalOnly", "queries:input-path"),
            Map.entry("AttentionValueGradientWithUntransposedWeights", "values:input-path"),
            Map.entry("AttentionKeyGradientWithQueryWeights", "keys:input-gradient"),
            Map.entry("RnnInitialStateGradientWithUntransposedWeights", "a0:input-gradient"),
            Map.entry("LstmCellGradientWithoutDc", ":output-path"),
            Map.entry("LstmPreviousCellGradientWithoutForgetGate", "cPrev:input-gradient"),
            Map.entry("NetworkWithoutL2Gradient", ":penalty-gradient-missing"),
            Map.entry("NetworkL2GradientWithoutOneOverM", ":penalty-gradient-factor"),
            Map.entry("NetworkDropoutMaskMissingInBackward", "W[0]:data-term-wrong"),
            Map.entry("NetworkOutputGradientWithoutOneOverM", ":constant-factor"));

    static Stream<Arguments> bugsAndSeeds() {
        return BugGallery.bugs().stream().flatMap(b -> Arrays.stream(SEEDS).mapToObj(s -> Arguments.of(b, s)));
    }

    @Test
    void everyGalleryRowHasAnExpectedHint() {
        Set<String> rows = BugGallery.bugs().stream().map(PlantedBug::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(rows, new TreeSet<>(EXPECTED_FIRST_HINT.keySet()), "add the expected hint of every new gallery row");
        long named = EXPECTED_FIRST_HINT.values().stream().filter(h -> !h.equals("none")).count();
        assertTrue(named * 3 >= rows.size() * 2, "at least two thirds of the gallery's bugs get a hint, got " + named);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("bugsAndSeeds")
    void plantedBugGetsItsHint(PlantedBug bug, long seed) {
        GradCheckResult result = bug.check(seed).run();
        List<Hint> hints = result.hints();
        String first = hints.isEmpty() ? "none" : hints.get(0).tensor() + ":" + hints.get(0).rule();
        assertEquals(EXPECTED_FIRST_HINT.get(bug.name()), first, result::message);
        Set<String> failing = result.failingTensors().stream().map(TensorResult::name).collect(Collectors.toSet());
        for (Hint h : hints) {
            assertTrue(h.tensor().isEmpty() || failing.contains(h.tensor()),
                    () -> "hint about a tensor that does not fail: " + h + "\n" + result.message());
        }
    }
}
