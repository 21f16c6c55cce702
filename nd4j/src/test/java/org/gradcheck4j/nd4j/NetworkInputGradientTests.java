package org.gradcheck4j.nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.EmbeddingLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.gradcheck4j.CheckMode;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.nd4j.samples.TanhDense;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * dJ/d(features) of whole networks: checked beside the parameters when the features are
 * differentiable, constant (and said so) when the first layer takes indices.
 */
class NetworkInputGradientTests {

    private final INDArray features = Fixtures.uniform(5, 8, 4);
    private final INDArray labels = Fixtures.oneHot(8, 3);

    @Test
    void aCorrectNetworkPassesWithItsFeaturesChecked() {
        GradCheckResult r = Nd4jGradCheck.network(tanhDenseFirst(TanhDense.Bug.NONE), features, labels)
                .mode(CheckMode.EXHAUSTIVE).assertCorrect();
        assertThat(r.tensors()).extracting(TensorResult::name).containsExactly("0_W", "0_b", "1_W", "1_b", "features");
        TensorResult x = r.tensor("features").orElseThrow();
        assertThat(x.kind()).isEqualTo(TensorResult.Kind.INPUT);
        assertThat(x.shape()).containsExactly(8, 4);
        assertThat(x.size()).isEqualTo(32);
        assertThat(Arrays.stream(x.analytic()).map(Math::abs).max().orElseThrow()).as("a real gradient, not zeros")
                .isGreaterThan(1e-3);
    }

    @Test
    void aFirstLayerWithAWrongEpsilonButRightParameterGradientsFailsOnTheFeaturesAlone() {
        for (CheckMode mode : new CheckMode[] {CheckMode.EXHAUSTIVE, CheckMode.DIRECTIONAL}) {
            GradCheckResult r = Nd4jGradCheck.network(tanhDenseFirst(TanhDense.Bug.EPSILON), features, labels)
                    .mode(mode).run();
            assertThat(r.verdict()).as(mode.name()).isEqualTo(Verdict.FAIL);
            assertThat(r.failingTensors()).extracting(TensorResult::name).as(mode.name()).containsExactly("features");
            assertThat(r.message()).as(mode.name()).contains("features");
        }
    }

    @Test
    void networkParametersKeepsTheFeaturesConstantAsGradientCheckUtilDoes() {
        GradCheckResult r = Nd4jGradCheck.networkParameters(tanhDenseFirst(TanhDense.Bug.NONE), features, labels)
                .mode(CheckMode.EXHAUSTIVE).assertCorrect();
        assertThat(r.tensors()).extracting(TensorResult::name).containsExactly("0_W", "0_b", "1_W", "1_b");
        assertThat(r.label()).contains("features constant: only the parameters were asked for");
        GradCheckResult wrongEpsilon = Nd4jGradCheck.networkParameters(tanhDenseFirst(TanhDense.Bug.EPSILON), features,
                labels).mode(CheckMode.EXHAUSTIVE).run();
        assertThat(wrongEpsilon.verdict()).as("the input gradient is not checked").isNotEqualTo(Verdict.FAIL);
    }

    @Test
    void anEmbeddingFirstLayerKeepsItsIndexFeaturesConstantAndSaysSo() {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(3).list()
                .layer(new EmbeddingLayer.Builder().nIn(10).nOut(4).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(4).nOut(3)
                        .activation(Activation.SOFTMAX).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        INDArray indices = Nd4j.createFromArray(new double[][] {{1}, {4}, {9}, {0}, {7}, {3}, {3}, {5}});
        GradCheckResult r = Nd4jGradCheck.network(net, indices, labels).mode(CheckMode.EXHAUSTIVE).assertCorrect();
        assertThat(r.tensors()).extracting(TensorResult::name).containsExactly("0_W", "1_W", "1_b");
        assertThat(r.label())
                .isEqualTo("MultiLayerNetwork of 2 layers (DL4J; features constant: layer 0 (EmbeddingLayer) returns no input gradient)");
    }

    @Test
    void integerFeaturesStayConstant() {
        INDArray indices = Nd4j.createFromArray(new int[][] {{1, 0, 2, 1}, {0, 1, 1, 2}});
        GradCheckResult r = Nd4jGradCheck.network(tanhDenseFirst(TanhDense.Bug.NONE), indices, Fixtures.oneHot(2, 3))
                .assertCorrect();
        assertThat(r.tensors()).extracting(TensorResult::name).doesNotContain("features");
        assertThat(r.label()).contains("features constant: the features are not floating point");
    }

    @Test
    void maskedTimeStepsHaveAZeroInputGradientAsTheScoreSays() {
        INDArray series = Fixtures.uniform(9, 3, 3, 5);
        INDArray seriesLabels = seriesLabels();
        INDArray mask = Nd4j.ones(DataType.DOUBLE, 3, 5);
        mask.putScalar(0, 3, 0.0);
        mask.putScalar(0, 4, 0.0);
        mask.putScalar(1, 4, 0.0);
        GradCheckResult r = Nd4jGradCheck.network(lstm(), series, seriesLabels, mask, mask)
                .mode(CheckMode.EXHAUSTIVE).assertCorrect();
        TensorResult x = r.tensor("features").orElseThrow();
        assertThat(x.shape()).containsExactly(3, 3, 5);
        for (int feature = 0; feature < 3; feature++) {
            int maskedIndex = feature * 5 + 4;                       // example 0, time step 4 (row-major)
            int unmaskedIndex = 2 * 15 + feature * 5 + 4;           // example 2, time step 4
            assertThat(x.analytic(maskedIndex)).isZero();
            assertThat(x.numeric(maskedIndex)).isZero();
            assertThat(x.analytic(unmaskedIndex)).isNotZero();
        }
    }

    /**
     * The factor between DL4J's input epsilon and the derivative of the score, measured: the epsilon
     * of calculateGradients is the batch size (3) times the central difference of score(DataSet,
     * true) at every unmasked time step; masked steps are 0 in both.
     */
    @Test
    void dl4jsInputEpsilonIsTheBatchSizeTimesTheDerivativeOfTheScore() {
        INDArray series = Fixtures.uniform(9, 3, 3, 5);
        INDArray seriesLabels = seriesLabels();
        INDArray mask = Nd4j.ones(DataType.DOUBLE, 3, 5);
        mask.putScalar(0, 4, 0.0);
        MultiLayerNetwork net = lstm();
        net = net.convertDataType(DataType.DOUBLE);
        INDArray epsilon = net.calculateGradients(series, seriesLabels, mask, mask).getSecond().dup();
        DataSet data = new DataSet(series, seriesLabels, mask, mask);
        for (int[] at : new int[][] {{0, 0, 0}, {1, 2, 3}, {2, 1, 4}}) {
            double x = series.getDouble(at);
            series.putScalar(at, x + 1e-6);
            double plus = net.score(data, true);
            series.putScalar(at, x - 1e-6);
            double minus = net.score(data, true);
            series.putScalar(at, x);
            assertThat(epsilon.getDouble(at) / ((plus - minus) / 2e-6)).isCloseTo(3.0, within(1e-6));
        }
        assertThat(epsilon.getDouble(0, 1, 4)).as("masked step").isZero();
    }

    private static MultiLayerNetwork tanhDenseFirst(TanhDense.Bug bug) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(11).list()
                .layer(new TanhDense.Builder().nIn(4).nOut(5).bug(bug).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(5).nOut(3)
                        .activation(Activation.SOFTMAX).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    private static MultiLayerNetwork lstm() {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(3).list()
                .layer(new LSTM.Builder().nIn(3).nOut(4).activation(Activation.TANH).build())
                .layer(new RnnOutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(4).nOut(2)
                        .activation(Activation.SOFTMAX).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    /** One-hot labels of two classes for 3 series of 5 time steps, alternating with the step. */
    private static INDArray seriesLabels() {
        INDArray labels = Nd4j.zeros(DataType.DOUBLE, 3, 2, 5);
        for (int i = 0; i < 3; i++) {
            for (int t = 0; t < 5; t++) {
                labels.putScalar(new int[] {i, (i + t) % 2, t}, 1.0);
            }
        }
        return labels;
    }
}
