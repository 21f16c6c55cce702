package org.gradcheck4j.nd4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.gradcheck4j.CheckMode;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.nd4j.samples.TanhDense;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * dJ/d(input) of every differentiable input of a ComputationGraph: two inputs are checked as
 * input0 and input1, a wrong epsilon on one input's path fails that input alone, an index input
 * stays constant.
 */
class GraphInputGradientTests {

    private final INDArray a = Fixtures.uniform(21, 6, 4);
    private final INDArray b = Fixtures.uniform(22, 6, 2);
    private final INDArray labels = Fixtures.oneHot(6, 3);

    @Test
    void aGraphWithTwoInputsChecksBoth() {
        MultiDataSet data = new MultiDataSet(new INDArray[] {a, b}, new INDArray[] {labels});
        GradCheckResult r = Nd4jGradCheck.network(twoInputs(TanhDense.Bug.NONE), data).mode(CheckMode.EXHAUSTIVE)
                .assertCorrect();
        assertThat(r.tensors()).extracting(TensorResult::name).endsWith("input0", "input1");
        assertThat(r.tensor("input0").orElseThrow().shape()).containsExactly(6, 4);
        assertThat(r.tensor("input1").orElseThrow().shape()).containsExactly(6, 2);
        assertThat(r.tensor("input1").orElseThrow().kind()).isEqualTo(TensorResult.Kind.INPUT);
        assertThat(r.label()).isEqualTo("ComputationGraph of 3 layers (DL4J; input0 = \"a\"; input1 = \"b\")");
    }

    @Test
    void aWrongEpsilonOnInputBsPathFailsInputOneAlone() {
        MultiDataSet data = new MultiDataSet(new INDArray[] {a, b}, new INDArray[] {labels});
        GradCheckResult r = Nd4jGradCheck.network(twoInputs(TanhDense.Bug.EPSILON), data).mode(CheckMode.EXHAUSTIVE)
                .run();
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.failingTensors()).extracting(TensorResult::name).containsExactly("input1");
    }

    @Test
    void anIndexInputStaysConstantBesideADifferentiatedOne() {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(5).graphBuilder()
                .addInputs("words", "dense")
                .addLayer("embedding", new EmbeddingLayer.Builder().nIn(10).nOut(3).build(), "words")
                .addLayer("hidden", new DenseLayer.Builder().nIn(4).nOut(3).activation(Activation.TANH).build(), "dense")
                .addVertex("merge", new MergeVertex(), "embedding", "hidden")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(6).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "merge")
                .setOutputs("out").build();
        ComputationGraph graph = new ComputationGraph(conf);
        graph.init();
        INDArray words = Nd4j.createFromArray(new double[][] {{1}, {4}, {9}, {0}, {7}, {3}});
        MultiDataSet data = new MultiDataSet(new INDArray[] {words, a}, new INDArray[] {labels});
        GradCheckResult r = Nd4jGradCheck.network(graph, data).mode(CheckMode.EXHAUSTIVE).assertCorrect();
        assertThat(r.tensors()).extracting(TensorResult::name).contains("input0").doesNotContain("input1");
        assertThat(r.tensor("input0").orElseThrow().shape()).containsExactly(6, 4);
        assertThat(r.label()).contains("input0 = \"dense\"").contains("constant: \"words\" (no input gradient from DL4J)");
    }

    @Test
    void maskedTimeStepsOfAGraphInputHaveAZeroGradient() {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(5).graphBuilder()
                .addInputs("series")
                .addLayer("lstm", new LSTM.Builder().nIn(3).nOut(4).activation(Activation.TANH).build(), "series")
                .addLayer("out", new RnnOutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(4).nOut(2)
                        .activation(Activation.SOFTMAX).build(), "lstm")
                .setOutputs("out").setInputTypes(InputType.recurrent(3)).build();
        ComputationGraph graph = new ComputationGraph(conf);
        graph.init();
        INDArray series = Fixtures.uniform(23, 2, 3, 4);
        INDArray seriesLabels = Nd4j.zeros(DataType.DOUBLE, 2, 2, 4);
        for (int i = 0; i < 2; i++) {
            for (int t = 0; t < 4; t++) {
                seriesLabels.putScalar(new int[] {i, (i + t) % 2, t}, 1.0);
            }
        }
        INDArray mask = Nd4j.ones(DataType.DOUBLE, 2, 4);
        mask.putScalar(1, 3, 0.0);
        MultiDataSet data = new MultiDataSet(new INDArray[] {series}, new INDArray[] {seriesLabels},
                new INDArray[] {mask}, new INDArray[] {mask});
        TensorResult x = Nd4jGradCheck.network(graph, data).mode(CheckMode.EXHAUSTIVE).assertCorrect()
                .tensor("input0").orElseThrow();
        for (int feature = 0; feature < 3; feature++) {
            assertThat(x.analytic(12 + feature * 4 + 3)).as("example 1, step 3 (masked)").isZero();
            assertThat(x.numeric(12 + feature * 4 + 3)).isZero();
            assertThat(x.analytic(feature * 4 + 3)).as("example 0, step 3").isNotZero();
        }
    }

    /** Inputs a (4 features) and b (2, through a TanhDense with the given bug) merged into a softmax output. */
    private static ComputationGraph twoInputs(TanhDense.Bug bugOnB) {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(5).graphBuilder()
                .addInputs("a", "b")
                .addLayer("ha", new DenseLayer.Builder().nIn(4).nOut(3).activation(Activation.TANH).build(), "a")
                .addLayer("hb", new TanhDense.Builder().nIn(2).nOut(3).bug(bugOnB).build(), "b")
                .addVertex("merge", new MergeVertex(), "ha", "hb")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(6).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "merge")
                .setOutputs("out").build();
        ComputationGraph graph = new ComputationGraph(conf);
        graph.init();
        return graph;
    }
}
