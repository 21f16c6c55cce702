package org.gradcheck4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.DoubleBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.gradcheck4j.testlayers.Dense;
import org.gradcheck4j.testlayers.DenseBugs;
import org.gradcheck4j.testlayers.Mat;
import org.junit.jupiter.api.Test;

/** Results behave like values: equal by content, immutable, printed briefly, read without copying. */
class ResultValueTests {

    private static TensorResult tensor(String name, double... analytic) {
        double[] numeric = analytic.clone();
        numeric[0] += 1;
        return new TensorResult(name, TensorResult.Kind.PARAMETER, List.of(analytic.length), 0.5, Verdict.FAIL,
                analytic, numeric, List.of(new ComponentResult(name + "[0]", 0, analytic[0], numeric[0], 0.5, false)),
                0, analytic.length);
    }

    private static GradCheck wrongBias(long layerSeed, long inputSeed) {
        return GradCheck.of(new DenseBugs.WrongBiasGradient(3, 2, new Random(layerSeed)))
                .input(Mat.random(3, 4, new Random(inputSeed), 1));
    }

    @Test
    void tensorResultsFollowTheEqualsContract() {
        EqualsVerifier.forClass(TensorResult.class).suppress(Warning.NULL_FIELDS).verify();
    }

    @Test
    void gradCheckResultsFollowTheEqualsContract() {
        EqualsVerifier.forClass(GradCheckResult.class)
                .withPrefabValuesForField("reexaminationEvaluations", 0L, 1L)
                .withNonnullFields("layer", "label", "verdict", "tensors", "thresholds", "diagnosis", "cause", "notes",
                        "epsilonSweep", "hints", "mode")
                .withPrefabValues(Throwable.class, new IllegalStateException("red"), new ArithmeticException("blue"))
                .verify();
    }

    @Test
    void causesCompareByClassNameAndMessageNotByIdentity() {
        GradCheckResult a = GradCheckResult.builder("L", Verdict.ERROR).cause(Optional.of(new IllegalStateException("x")))
                .build();
        assertEquals(a, a.toBuilder().cause(Optional.of(new IllegalStateException("x"))).build());
        assertEquals(a.hashCode(), a.toBuilder().cause(Optional.of(new IllegalStateException("x"))).build().hashCode());
        assertNotEquals(a, a.toBuilder().cause(Optional.of(new IllegalStateException("y"))).build());
        assertNotEquals(a, a.toBuilder().cause(Optional.of(new IllegalArgumentException("x"))).build());
    }

    @Test
    void tensorResultsWithEqualArraysAreEqual() {
        assertEquals(tensor("W", 1, 2, 3), tensor("W", 1, 2, 3));
        assertEquals(tensor("W", 1, 2, 3).hashCode(), tensor("W", 1, 2, 3).hashCode());
        assertNotEquals(tensor("W", 1, 2, 3), tensor("W", 1, 2, 4));
    }

    @Test
    void twoRunsOfTheSameCheckGiveEqualResults() {
        GradCheckResult first = wrongBias(7, 8).run();
        GradCheckResult second = wrongBias(7, 8).run();
        assertEquals(Verdict.FAIL, first.verdict());
        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
        assertNotEquals(first, wrongBias(7, 9).run());
    }

    @Test
    void theArraysGivenAndTakenAreCopiesAndTheViewIsReadOnly() {
        double[] given = {1, 2, 3};
        TensorResult t = tensor("W", given);
        given[0] = 99;
        t.analytic()[1] = 99;
        assertEquals(1, t.analytic(0));
        assertEquals(2, t.analytic(1));
        assertEquals(2, t.numeric(0));
        DoubleBuffer view = t.analyticView();
        assertEquals(3, view.remaining());
        assertEquals(3, view.get(2));
        assertTrue(view.isReadOnly());
        assertThrows(ReadOnlyBufferException.class, () -> view.put(0, 5));
        assertEquals(2, t.numericView().get(0));
    }

    @Test
    void toStringShowsTheFirstValuesOnlyAndNoArrayIdentity() {
        double[] million = new double[1_000_000];
        java.util.Arrays.fill(million, 0.25);
        String text = tensor("W", million).toString();
        assertThat(text).contains("W", "PARAMETER", "FAIL", "[0.25, 0.25, 0.25, 0.25, 0.25, 0.25, … 999994 more]")
                .doesNotContain("[D@").hasSizeLessThan(400);
        assertThat(tensor("b", 1, 2).toString()).contains("analytic=[1.0, 2.0]", "numeric=[2.0, 2.0]");
    }

    @Test
    void aResultPrintsAsOneLineSummary() {
        GradCheckResult r = wrongBias(7, 8).label("seed=7").run();
        assertThat(r.toString()).contains(DenseBugs.WrongBiasGradient.class.getName(), "(seed=7)", "FAIL", "W PASS",
                "b FAIL", "EXHAUSTIVE").doesNotContain("[D@", "\n");
    }

    @Test
    void theBuilderStartsFromDocumentedDefaults() {
        GradCheckResult r = GradCheckResult.builder("com.x.L", Verdict.ERROR).build();
        assertEquals("", r.label());
        assertTrue(Double.isNaN(r.relativeError()));
        assertTrue(Double.isNaN(r.epsilon()));
        assertEquals(Thresholds.DEFAULT, r.thresholds());
        assertEquals(CheckMode.EXHAUSTIVE, r.mode());
        assertEquals(Optional.empty(), r.cause());
        assertThat(r.tensors()).isEmpty();
        assertThat(r.notes()).isEmpty();
        assertEquals(0, r.evaluations());
        assertEquals(0, r.reexaminationEvaluations());
        assertTrue(r.layerRestored());
    }

    @Test
    void theReexaminationCountIsKeptComparedPrintedAndBounded() {
        GradCheckResult r = GradCheckResult.builder("com.x.L", Verdict.FAIL).evaluations(100)
                .reexaminationEvaluations(12).build();
        assertEquals(12, r.reexaminationEvaluations());
        assertEquals(r, r.toBuilder().build());
        assertEquals(12, r.toBuilder().build().reexaminationEvaluations());
        GradCheckResult other = r.toBuilder().reexaminationEvaluations(13).build();
        assertNotEquals(r, other);
        assertNotEquals(r.hashCode(), other.hashCode());
        assertThat(r.toString()).contains("evaluations=100", "reexaminationEvaluations=12");
        assertThrows(IllegalArgumentException.class, () -> r.toBuilder().reexaminationEvaluations(101).build());
        assertThrows(IllegalArgumentException.class, () -> r.toBuilder().reexaminationEvaluations(-1).build());
    }

    @Test
    void aCheckCountsItsExaminationsAmongItsEvaluations() {
        GradCheckResult correct = GradCheck.of(new Dense(6, 4, new Random(1))).input(Mat.random(6, 3, new Random(2), 1))
                .run();
        assertEquals(0, correct.reexaminationEvaluations(), correct::message);
        GradCheckResult wrong = wrongBias(7, 8).run();
        assertEquals(Verdict.FAIL, wrong.verdict(), wrong::message);
        assertThat(wrong.reexaminationEvaluations()).isPositive().isLessThan(wrong.evaluations());
    }

    @Test
    void toBuilderCopiesEveryComponent() {
        GradCheckResult r = GradCheck.of(new Dense(3, 2, new Random(1))).input(Mat.random(3, 2, new Random(2), 1))
                .label("x").run();
        assertEquals(r, r.toBuilder().build());
        GradCheckResult changed = r.toBuilder().verdict(Verdict.FAIL).build();
        assertEquals(Verdict.FAIL, changed.verdict());
        assertEquals(r.tensors(), changed.tensors());
        assertNotEquals(r, changed);
    }

    @Test
    void aPerturbedNoteMeansTheLayerWasNotRestored() {
        GradCheckResult r = GradCheckResult.builder("com.x.L", Verdict.TIMEOUT)
                .notes(List.of(Note.about(Note.Kind.PERTURBED, List.of("W[0,1]"), "left perturbed"))).build();
        assertEquals(false, r.layerRestored());
    }

    @Test
    void nullComponentsAreRefused() {
        assertThrows(NullPointerException.class, () -> GradCheckResult.builder("com.x.L", Verdict.PASS).label(null));
        assertThrows(NullPointerException.class, () -> GradCheckResult.builder(null, Verdict.PASS));
        assertThrows(IllegalArgumentException.class, () -> new TensorResult("W", TensorResult.Kind.PARAMETER,
                List.of(2), 0, Verdict.PASS, new double[2], new double[3], List.of(), 0, 2));
    }
}
