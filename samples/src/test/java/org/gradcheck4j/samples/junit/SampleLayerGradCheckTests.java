package org.gradcheck4j.samples.junit;

import org.gradcheck4j.junit.GradCheckInvocation;
import org.gradcheck4j.junit.GradCheckTest;
import org.gradcheck4j.samples.activations.LeakyRelu;
import org.gradcheck4j.samples.activations.Relu;
import org.gradcheck4j.samples.activations.Sigmoid;
import org.gradcheck4j.samples.activations.Tanh;
import org.gradcheck4j.samples.gallery.Case;
import org.gradcheck4j.samples.gallery.SampleCases;
import org.gradcheck4j.samples.layers.Attention;
import org.gradcheck4j.samples.layers.BatchNorm;
import org.gradcheck4j.samples.layers.Conv2D;
import org.gradcheck4j.samples.layers.Dense;
import org.gradcheck4j.samples.layers.Embedding;
import org.gradcheck4j.samples.layers.InvertedDropout;
import org.gradcheck4j.samples.layers.LayerNorm;
import org.gradcheck4j.samples.layers.MaxPool2D;
import org.gradcheck4j.samples.layers.LstmCell;
import org.gradcheck4j.samples.layers.SimpleRnn;
import org.gradcheck4j.samples.losses.BinaryCrossEntropy;
import org.gradcheck4j.samples.losses.MeanSquaredError;
import org.gradcheck4j.samples.losses.SoftmaxCrossEntropy;
import org.gradcheck4j.samples.network.DeepNetwork;

/**
 * Every sample layer as a {@code @GradCheckTest}: seeds 1, 2 and 3, each at initialisation and
 * after 20 training steps on the check's own objective (the extension's defaults).
 */
class SampleLayerGradCheckTests {

    private static void check(GradCheckInvocation invocation, Case c) {
        invocation.check(c.check(invocation.seed()));
    }

    @GradCheckTest
    void dense(GradCheckInvocation invocation) {
        check(invocation, SampleCases.dense(invocation.seed(), 4, 3, Dense::new));
    }

    @GradCheckTest
    void relu(GradCheckInvocation invocation) {
        check(invocation, SampleCases.activation(invocation.seed(), Relu::new));
    }

    @GradCheckTest
    void leakyRelu(GradCheckInvocation invocation) {
        check(invocation, SampleCases.leakyRelu(invocation.seed(), LeakyRelu::new));
    }

    @GradCheckTest
    void tanh(GradCheckInvocation invocation) {
        check(invocation, SampleCases.activation(invocation.seed(), Tanh::new));
    }

    @GradCheckTest
    void sigmoid(GradCheckInvocation invocation) {
        check(invocation, SampleCases.activation(invocation.seed(), Sigmoid::new));
    }

    @GradCheckTest
    void softmaxCrossEntropy(GradCheckInvocation invocation) {
        check(invocation, SampleCases.softmax(invocation.seed(), SoftmaxCrossEntropy::new));
    }

    @GradCheckTest
    void meanSquaredError(GradCheckInvocation invocation) {
        check(invocation, SampleCases.meanSquaredError(invocation.seed(), MeanSquaredError::new));
    }

    @GradCheckTest
    void binaryCrossEntropy(GradCheckInvocation invocation) {
        check(invocation, SampleCases.binaryCrossEntropy(invocation.seed(), BinaryCrossEntropy::new));
    }

    @GradCheckTest
    void invertedDropout(GradCheckInvocation invocation) {
        check(invocation, SampleCases.dropout(invocation.seed(), InvertedDropout::new));
    }

    @GradCheckTest
    void batchNorm(GradCheckInvocation invocation) {
        check(invocation, SampleCases.batchNorm(invocation.seed(), BatchNorm::new));
    }

    @GradCheckTest
    void layerNorm(GradCheckInvocation invocation) {
        check(invocation, SampleCases.layerNorm(invocation.seed(), LayerNorm::new));
    }

    @GradCheckTest
    void conv2D(GradCheckInvocation invocation) {
        check(invocation, SampleCases.conv(invocation.seed(), Conv2D::new));
    }

    @GradCheckTest
    void maxPool2D(GradCheckInvocation invocation) {
        check(invocation, SampleCases.maxPool(invocation.seed(), MaxPool2D::new));
    }

    @GradCheckTest
    void embedding(GradCheckInvocation invocation) {
        check(invocation, SampleCases.embedding(invocation.seed(), Embedding::new));
    }

    @GradCheckTest
    void simpleRnn(GradCheckInvocation invocation) {
        check(invocation, SampleCases.rnn(invocation.seed(), SimpleRnn::new));
    }

    @GradCheckTest
    void attention(GradCheckInvocation invocation) {
        check(invocation, SampleCases.attention(invocation.seed(), Attention::new));
    }

    @GradCheckTest
    void lstmCell(GradCheckInvocation invocation) {
        check(invocation, SampleCases.lstm(invocation.seed(), LstmCell::new));
    }

    @GradCheckTest(seeds = {1, 2, 3, 4, 5}, trainingSteps = {0, 20, 100})
    void deepNetwork(GradCheckInvocation invocation) {
        check(invocation, SampleCases.network(invocation.seed(), DeepNetwork::new));
    }
}
