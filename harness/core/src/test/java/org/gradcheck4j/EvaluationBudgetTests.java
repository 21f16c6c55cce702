package org.gradcheck4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.gradcheck4j.testlayers.Dense;
import org.gradcheck4j.testlayers.EjmlDense;
import org.gradcheck4j.testlayers.FloatDense;
import org.gradcheck4j.testlayers.Mat;
import org.gradcheck4j.testlayers.SoftmaxRegression;
import org.gradcheck4j.testlayers.TwoLayerNet;
import org.junit.jupiter.api.Test;

/**
 * A correct layer is judged at the first pass: its exhaustive check costs at most 2.1N evaluations of
 * J (N the components of θ, inputs included, here 150 to 300: the fixed cost is about ten evaluations
 * for J's state and its noise), re-examination included; a failing one re-examines only
 * the tensors in doubt, not the components that are plainly wrong.
 */
class EvaluationBudgetTests {

    private static void withinBudget(GradCheckResult r) {
        long n = r.tensors().stream().mapToLong(t -> t.analytic().length).sum();
        assertThat(r.passes(false)).as(r::message).isTrue();
        assertThat(r.evaluations()).as("%s: evaluations of J for N = %d", r.layer(), n).isLessThanOrEqualTo((long) (2.1 * n));
        assertThat(r.notes()).noneMatch(note -> note.kind() == Note.Kind.REEXAMINED);
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
        long n = wrong.tensors().stream().mapToLong(t -> t.analytic().length).sum();
        assertThat(wrong.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(wrong.notes()).noneMatch(note -> note.kind() == Note.Kind.REEXAMINED);
        assertThat(wrong.evaluations()).as("N = " + n).isLessThanOrEqualTo((long) (2.1 * n));
    }
}
