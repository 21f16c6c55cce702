package org.gradcheck4j.samples.gallery;

import java.util.List;
import java.util.function.LongFunction;
import org.gradcheck4j.samples.activations.LeakyRelu;
import org.gradcheck4j.samples.activations.Relu;
import org.gradcheck4j.samples.activations.Sigmoid;
import org.gradcheck4j.samples.activations.Tanh;
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

/** Every correct sample layer with its seeded case, the counterpart of {@link BugGallery}. */
public final class CorrectLayers {

    private CorrectLayers() {
    }

    /** A named correct layer. */
    public record Sample(String name, LongFunction<Case> factory) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every correct layer of the samples. */
    public static List<Sample> all() {
        return List.of(
                new Sample("Dense", s -> SampleCases.dense(s, 4, 3, Dense::new)),
                new Sample("Dense (square)", s -> SampleCases.dense(s, 4, 4, Dense::new)),
                new Sample("Relu", s -> SampleCases.activation(s, Relu::new)),
                new Sample("LeakyRelu", s -> SampleCases.leakyRelu(s, LeakyRelu::new)),
                new Sample("Tanh", s -> SampleCases.activation(s, Tanh::new)),
                new Sample("Sigmoid", s -> SampleCases.activation(s, Sigmoid::new)),
                new Sample("SoftmaxCrossEntropy", s -> SampleCases.softmax(s, SoftmaxCrossEntropy::new)),
                new Sample("MeanSquaredError", s -> SampleCases.meanSquaredError(s, MeanSquaredError::new)),
                new Sample("BinaryCrossEntropy", s -> SampleCases.binaryCrossEntropy(s, BinaryCrossEntropy::new)),
                new Sample("InvertedDropout", s -> SampleCases.dropout(s, InvertedDropout::new)),
                new Sample("BatchNorm", s -> SampleCases.batchNorm(s, BatchNorm::new)),
                new Sample("LayerNorm", s -> SampleCases.layerNorm(s, LayerNorm::new)),
                new Sample("Conv2D", s -> SampleCases.conv(s, Conv2D::new)),
                new Sample("MaxPool2D", s -> SampleCases.maxPool(s, MaxPool2D::new)),
                new Sample("Embedding", s -> SampleCases.embedding(s, Embedding::new)),
                new Sample("SimpleRnn", s -> SampleCases.rnn(s, SimpleRnn::new)),
                new Sample("Attention", s -> SampleCases.attention(s, Attention::new)),
                new Sample("LstmCell", s -> SampleCases.lstm(s, LstmCell::new)),
                new Sample("DeepNetwork", s -> SampleCases.network(s, DeepNetwork::new)));
    }
}
