package org.gradcheck4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Function;
import org.gradcheck4j.testlayers.Dense;
import org.gradcheck4j.testlayers.DenseBugs;
import org.gradcheck4j.testlayers.EjmlDense;
import org.gradcheck4j.testlayers.FloatDense;
import org.gradcheck4j.testlayers.KinkLayers;
import org.gradcheck4j.testlayers.Mat;
import org.gradcheck4j.testlayers.SoftmaxRegression;
import org.gradcheck4j.testlayers.TwoLayerNet;
import org.junit.jupiter.api.Test;

/**
 * A correct layer is judged at the first pass: its exhaustive check costs at most 2.1N evaluations of
 * J (N the components of θ, inputs included, here 150 to 300: the fixed cost is about ten evaluations
 * for J's state and its noise), re-examination included. A failing one costs the same plus a bounded
 * amount: the ε-sweep over its worst components and the examination of a few of the largest
 * disagreements per failing tensor, whose smoothness its FAIL rests on, not of every wrong component
 * ({@link GradCheckResult#reexaminationEvaluations()} says how many).
 */
class EvaluationBudgetTests {

    /** The ε-sweep's cost at most: 10 steps, 2 evaluations each, for each swept component. */
    private static final long SWEEP = 20 * 8;
    /** The examination of a failing tensor's largest disagreements: a handful of components, 26 evaluations each at most. */
    private static final long EXAMINATION_PER_FAILING_TENSOR = 5 * 26;
    /** The examination of a kink: six steps of four evaluations, and two for a Richardson estimate. */
    private static final long EXAMINATION_PER_KINK = 26;

    private static long size(GradCheckResult r) {
        return r.tensors().stream().mapToLong(t -> t.analytic().length).sum();
    }

    private static void withinBudget(GradCheckResult r) {
        long n = size(r);
        assertThat(r.passes(false)).as(r::message).isTrue();
        assertThat(r.evaluations()).as("%s: evaluations of J for N = %d", r.layer(), n).isLessThanOrEqualTo((long) (2.1 * n));
        assertThat(r.notes()).noneMatch(note -> note.kind() == Note.Kind.REEXAMINED);
        assertThat(r.reexaminationEvaluations()).as(r::message).isZero();
    }

    /**
     * A failing exhaustive check: FAIL, no Richardson re-examination, at most 2.1N plus the sweep
     * plus the examination of a few components per failing tensor and of every kink (which the
     * tensors that do not fail need, to pass: a correct layer's kinks cost as much).
     */
    private static GradCheckResult failsWithinBudget(GradCheckResult r) {
        long n = size(r);
        long failing = r.failingTensors().size();
        long kinks = r.tensors().stream().mapToLong(TensorResult::kinks).sum();
        long examination = EXAMINATION_PER_FAILING_TENSOR * failing + EXAMINATION_PER_KINK * kinks;
        assertThat(r.verdict()).as(r::message).isEqualTo(Verdict.FAIL);
        assertThat(r.notes()).noneMatch(note -> note.kind() == Note.Kind.REEXAMINED);
        assertThat(r.reexaminationEvaluations()).as("%s: examination for %d failing tensor(s) and %d kink(s), N = %d",
                r.layer(), failing, kinks, n).isPositive().isLessThanOrEqualTo(examination);
        assertThat(r.evaluations()).as("%s: evaluations of J for N = %d", r.layer(), n)
                .isLessThanOrEqualTo((long) (2.1 * n) + SWEEP + examination);
        return r;
    }

    @Test
    void correctLayersCostAtMostTwoPointOneN() {
        for (long seed = 0; seed < 5; seed++) {
            Random r = new Random(seed);
            withinBudget(GradCheck.of(new Dense(16, 10, r)).input(Mat.random(16, 4, r, 1)).seed(seed).mode(CheckMode.EXHAUSTIVE).run());
            withinBudget(GradCheck.of(new EjmlDense(16, 10, r)).input(new org.ejml.data.DMatrixRMaj(Mat.random(16, 4, r, 1)))
                    .seed(seed).mode(CheckMode.EXHAUSTIVE).run());
            withinBudget(GradCheck.of(new SoftmaxRegression(24, 10, r))
                    .input(Mat.random(24, 8, r, 1), SoftmaxRegression.labels(10, 8, r)).seed(seed).mode(CheckMode.EXHAUSTIVE).run());
            withinBudget(GradCheck.of(new TwoLayerNet(12, 16, 1.0, 0.1, r))
                    .input(Mat.random(12, 6, r, 1), TwoLayerNet.labels(6, r)).seed(seed).mode(CheckMode.EXHAUSTIVE).run());
            withinBudget(GradCheck.of(new FloatDense(16, 10, r)).input(FloatDense.input(16, 4, r)).seed(seed)
                    .mode(CheckMode.EXHAUSTIVE).run());
        }
    }

    @Test
    void aPlainlyWrongLayerIsNotReexamined() {
        Random r = new Random(7);
        GradCheckResult wrong = GradCheck.of(new FloatDense.WithoutActivationDerivative(50, 40, r))
                .input(FloatDense.input(50, 4, r)).mode(CheckMode.EXHAUSTIVE).run();
        failsWithinBudget(wrong);
    }

    @Test
    void aWholeTensorWrongCostsAFewExaminationsPerFailingTensor() {
        for (long seed = 0; seed < 3; seed++) {
            Random r = new Random(seed);
            GradCheckResult signFlipped = failsWithinBudget(GradCheck.of(new DenseBugs.SignFlippedWeightGradient(20, 12, r))
                    .input(Mat.random(20, 4, r, 1)).seed(seed).mode(CheckMode.EXHAUSTIVE).run());
            assertThat(signFlipped.notes()).anyMatch(note -> note.kind() == Note.Kind.WORST_EXAMINED
                    && note.subjects().equals(java.util.List.of("W")));
            failsWithinBudget(GradCheck.of(new FloatDense.WithoutActivationDerivative(16, 10, r))
                    .input(FloatDense.input(16, 4, r)).seed(seed).mode(CheckMode.EXHAUSTIVE).run());
            failsWithinBudget(GradCheck.of(new DenseBugs.WrongBiasGradient(16, 10, r))
                    .input(Mat.random(16, 4, r, 1)).seed(seed).mode(CheckMode.EXHAUSTIVE).run());
        }
    }

    @Test
    void aFewComponentsWrongCostTheirOwnExaminationOnly() {
        for (long seed = 0; seed < 3; seed++) {
            Random r = new Random(seed);
            GradCheckResult few = failsWithinBudget(GradCheck.of(new ThreeWeightsWrong(20, 12, r))
                    .input(Mat.random(20, 4, r, 1)).seed(seed).mode(CheckMode.EXHAUSTIVE).run());
            assertThat(few.failingTensors()).extracting(TensorResult::name).containsExactly("W");
        }
    }

    @Test
    void wrongComponentsNearKinksFailWithinBudget() {
        for (long seed = 0; seed < 5; seed++) {
            double[] x = new Random(seed).doubles(12, -1, 1).toArray();
            KinkLayers.DenseRelu onKink = KinkLayers.DenseRelu.onKink(x, 10, new Random(seed));
            GradCheckResult r = failsWithinBudget(GradCheck.of(new KinkLayers.DenseReluWithSignFlip(onKink.weights(),
                    onKink.bias())).input(x).seed(seed).mode(CheckMode.EXHAUSTIVE).run());
            assertThat(r.failingTensors()).as("dx is right: only W fails (seed 3 failed x too while the measured"
                    + " noise took the wrong dW into account)").extracting(TensorResult::name).containsExactly("W");
            KinkLayers.DenseRelu correct = KinkLayers.DenseRelu.onKink(x, 10, new Random(seed));
            GradCheckResult ok = GradCheck.of(correct).input(x).seed(seed).mode(CheckMode.EXHAUSTIVE).run();
            assertThat(ok.verdict()).as(ok::message).isNotEqualTo(Verdict.FAIL);
        }
    }

    @Test
    void theSampledAndDirectionalModesFailWithinTheirBudgets() {
        for (long seed = 0; seed < 3; seed++) {
            Random r = new Random(seed);
            Function<CheckMode, GradCheckResult> check = mode -> GradCheck.of(
                    new DenseBugs.SignFlippedWeightGradient(60, 50, new Random(r.nextLong())))
                    .input(Mat.random(60, 4, new Random(1), 1)).mode(mode).run();
            GradCheckResult sampled = check.apply(CheckMode.SAMPLED);
            long checked = sampled.tensors().stream().mapToLong(TensorResult::checked).sum();
            assertThat(sampled.verdict()).as(sampled::message).isEqualTo(Verdict.FAIL);
            assertThat(sampled.reexaminationEvaluations()).as(sampled::message)
                    .isPositive().isLessThanOrEqualTo(EXAMINATION_PER_FAILING_TENSOR);
            assertThat(sampled.evaluations()).as("sampled, %d components checked", checked)
                    .isLessThanOrEqualTo((long) (2.1 * checked) + EXAMINATION_PER_FAILING_TENSOR);
            GradCheckResult directional = check.apply(CheckMode.DIRECTIONAL);
            assertThat(directional.verdict()).as(directional::message).isEqualTo(Verdict.FAIL);
            assertThat(directional.reexaminationEvaluations()).as(directional::message)
                    .isPositive().isLessThanOrEqualTo(2 * EXAMINATION_PER_FAILING_TENSOR);
        }
    }

    /** A dense layer whose dW is twice too large in three components. */
    static final class ThreeWeightsWrong extends Dense {
        ThreeWeightsWrong(int in, int out, Random random) {
            super(in, out, random);
        }

        @Override
        public double[][] backward(double[][] dy) {
            double[][] dx = super.backward(dy);
            dW[1][2] *= 2;
            dW[5][7] *= 2;
            dW[9][0] *= 2;
            return dx;
        }
    }
}
