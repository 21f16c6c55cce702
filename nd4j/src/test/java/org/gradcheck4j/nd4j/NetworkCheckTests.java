package org.gradcheck4j.nd4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.gradcheck4j.CheckMode;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.junit.GradCheckInvocation;
import org.gradcheck4j.junit.GradCheckTest;
import org.gradcheck4j.nd4j.samples.SoftsignActivation;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Whole networks: a float network with Adam, dropout and L2 is checked as it is (the module takes
 * them out of a copy), parameters named 0_W, 1_b as DL4J names them, in every mode.
 */
class NetworkCheckTests {

    private final INDArray features = Fixtures.uniform(5, 8, 4);
    private final INDArray labels = Fixtures.oneHot(8, 3);

    @Test
    void aCorrectNetworkPassesEveryParameterNamedAsDl4jNamesIt() {
        MultiLayerNetwork net = Fixtures.network(4, 6, 3, new SoftsignActivation());
        GradCheckResult r = Nd4jGradCheck.network(net, features, labels).mode(CheckMode.EXHAUSTIVE).assertCorrect();
        assertThat(r.tensors()).extracting(TensorResult::name)
                .containsExactly("0_W", "0_b", "1_W", "1_b", "2_W", "2_b", "features");
    }

    @Test
    void aWrongActivationDerivativeInLayerOneIsPointedAtByLayer() {
        MultiLayerNetwork net = Fixtures.network(4, 6, 3, new SoftsignActivation.MissingSquare());
        GradCheckResult r = Nd4jGradCheck.network(net, features, labels).mode(CheckMode.EXHAUSTIVE).run();
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.failingTensors()).extracting(TensorResult::name).contains("1_W", "1_b")
                .doesNotContain("2_W", "2_b");
        assertThat(r.hints()).anySatisfy(h -> {
            assertThat(h.rule()).isEqualTo("layer-boundary");
            assertThat(h.message()).contains("the error enters at layer 1").contains("activation derivative");
        });
    }

    @Test
    void directionalAndSampledModesReachTheSameVerdicts() {
        for (CheckMode mode : new CheckMode[] {CheckMode.DIRECTIONAL, CheckMode.SAMPLED}) {
            MultiLayerNetwork good = Fixtures.network(4, 6, 3, new SoftsignActivation());
            assertThat(Nd4jGradCheck.network(good, features, labels).mode(mode).run().verdict().passes(false))
                    .as("correct network, %s", mode).isTrue();
            MultiLayerNetwork bad = Fixtures.network(4, 6, 3, new SoftsignActivation.MissingSquare());
            GradCheckResult r = Nd4jGradCheck.network(bad, features, labels).mode(mode).run();
            assertThat(r.verdict()).as("wrong derivative, %s", mode).isEqualTo(Verdict.FAIL);
            assertThat(r.failingTensors()).extracting(TensorResult::name).as(mode.name()).contains("1_W");
        }
    }

    @Test
    void theUsersNetworkIsNotTouched() {
        MultiLayerNetwork net = Fixtures.network(4, 6, 3, new SoftsignActivation());
        INDArray before = net.params().dup();
        Nd4jGradCheck.network(net, features, labels).train(3).assertCorrect();
        assertThat(net.params()).isEqualTo(before);
        assertThat(net.params().dataType()).isEqualTo(DataType.FLOAT);
        assertThat(net.getLayerWiseConfigurations().getConf(0).getLayer().getIDropout()).isNotNull();
    }

    @Test
    void aComputationGraphIsCheckedWithItsVertexNames() {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(3).updater(new Adam(1e-3))
                .graphBuilder().addInputs("in")
                .addLayer("hidden", new DenseLayer.Builder().nIn(4).nOut(5).activation(Activation.TANH).build(), "in")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(5).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "hidden")
                .setOutputs("out").build();
        ComputationGraph graph = new ComputationGraph(conf);
        graph.init();
        GradCheckResult r = Nd4jGradCheck.network(graph, features, labels).assertCorrect();
        assertThat(r.tensors()).extracting(TensorResult::name).containsExactly("hidden_W", "hidden_b", "out_W", "out_b", "input0");
    }

    @GradCheckTest(seeds = {1, 2}, trainingSteps = {0, 5})
    void worksInsideGradCheckTest(GradCheckInvocation invocation) {
        invocation.check(Nd4jGradCheck.network(Fixtures.network(4, 6, 3, new SoftsignActivation()), features, labels));
    }
}
