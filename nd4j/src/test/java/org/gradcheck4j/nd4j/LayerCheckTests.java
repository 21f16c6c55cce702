package org.gradcheck4j.nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.nd4j.samples.TanhDense;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.opentest4j.AssertionFailedError;

/** A DL4J layer configuration checked alone: its W, b (column-major views) and its input gradient. */
class LayerCheckTests {

    private final INDArray input = Fixtures.uniform(1, 5, 4);

    @Test
    void aBuiltInDenseLayerPassesWithItsParametersNamedAsDl4jNamesThem() {
        DenseLayer conf = new DenseLayer.Builder().nIn(4).nOut(3).activation(Activation.SIGMOID).dropOut(0.5).build();
        GradCheckResult r = Nd4jGradCheck.layer(conf, input).assertCorrect();
        assertThat(r.tensors()).extracting(TensorResult::name).contains("W", "b");
        assertThat(r.tensors()).filteredOn(t -> t.kind() == TensorResult.Kind.INPUT).hasSize(1);
        assertThat(r.tensor("W").orElseThrow().shape()).containsExactly(4, 3);
    }

    @Test
    void aCorrectCustomLayerPasses() {
        Nd4jGradCheck.layer(new TanhDense.Builder().nIn(4).nOut(3).build(), input).assertCorrect();
    }

    @Test
    void aWrongDerivativeFailsEveryTensorBehindIt() {
        GradCheckResult r = Nd4jGradCheck.layer(bug(TanhDense.Bug.DERIVATIVE), input).run();
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.failingTensors()).extracting(TensorResult::name).contains("W", "b");
    }

    @Test
    void aBiasSummedOverOneExampleFailsOnlyTheBias() {
        GradCheckResult r = Nd4jGradCheck.layer(bug(TanhDense.Bug.BIAS_FIRST_EXAMPLE), input).run();
        assertThat(r.failingTensors()).extracting(TensorResult::name).containsExactly("b");
    }

    @Test
    void aWrongEpsilonFailsOnlyTheInputGradient() {
        GradCheckResult r = Nd4jGradCheck.layer(bug(TanhDense.Bug.EPSILON), input).run();
        assertThat(r.failingTensors()).singleElement().extracting(TensorResult::kind)
                .isEqualTo(TensorResult.Kind.INPUT);
        assertThatThrownBy(() -> Nd4jGradCheck.layer(bug(TanhDense.Bug.EPSILON), input).assertCorrect())
                .isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void theUsersConfigurationAndInputAreNotModified() {
        TanhDense conf = new TanhDense.Builder().nIn(4).nOut(3).dropOut(0.5).build();
        INDArray before = input.dup();
        Nd4jGradCheck.layer(conf, input).assertCorrect();
        assertThat(conf.getIDropout()).isNotNull();
        assertThat(input).isEqualTo(before);
    }

    @Test
    void anInputOfTheWrongWidthIsAnErrorVerdictNotAnException() {
        GradCheckResult r = Nd4jGradCheck.layer(new TanhDense.Builder().nIn(7).nOut(3).build(), input).run();
        assertThat(r.verdict()).isEqualTo(Verdict.ERROR);
    }

    private static TanhDense bug(TanhDense.Bug bug) {
        return new TanhDense.Builder().nIn(4).nOut(3).bug(bug).build();
    }
}
