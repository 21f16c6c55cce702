package org.gradcheck4j.samples.gallery;

import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.DoubleFunction;
import java.util.function.Supplier;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.gradcheck4j.samples.Matrices;
import org.gradcheck4j.samples.activations.Activation;
import org.gradcheck4j.samples.activations.LeakyRelu;
import org.gradcheck4j.samples.data.Dataset;
import org.gradcheck4j.samples.data.SyntheticData;
import org.gradcheck4j.samples.init.Initializer;
import org.gradcheck4j.samples.layers.Attention;
import org.gradcheck4j.samples.layers.BatchNorm;
import org.gradcheck4j.samples.layers.Conv2D;
import org.gradcheck4j.samples.layers.ConvShape;
import org.gradcheck4j.samples.layers.Dense;
import org.gradcheck4j.samples.layers.Embedding;
import org.gradcheck4j.samples.layers.InvertedDropout;
import org.gradcheck4j.samples.layers.LayerNorm;
import org.gradcheck4j.samples.layers.MaxPool2D;
import org.gradcheck4j.samples.layers.LstmCell;
import org.gradcheck4j.samples.layers.ParamTableDense;
import org.gradcheck4j.samples.layers.SimpleRnn;
import org.gradcheck4j.samples.network.DeepNetwork;

/**
 * Seeded cases for every sample layer: the layer (correct, or a planted-bug subclass made by the
 * given constructor) and well-scaled inputs. Inputs of ReLU-family layers stay at least 0.2 away
 * from the kink at 0, and max-pooling inputs have no ties, so that a correct layer passes cleanly.
 */
public final class SampleCases {

    /** The network's layer sizes: 2 inputs, hidden layers of 5 and 4 units, one output. */
    public static final int[] NETWORK_SIZES = {2, 5, 4, 1};
    /** The network's L2 strength λ (the course's example value). */
    public static final double LAMBDA = 0.7;
    /** The keep probability of dropout in the samples. */
    public static final double KEEP_PROB = 0.8;
    /** The conv shape of the samples: 2 channels of 5×5, 3 filters of 3×3, padding 1. */
    public static final ConvShape CONV = new ConvShape(2, 5, 5, 3, 3, 1);

    private SampleCases() {
    }

    /** A dense layer {@code inputs → outputs} over 5 examples, with a nonzero bias. */
    public static Case dense(long seed, int inputs, int outputs, BiFunction<DMatrixRMaj, DMatrixRMaj, ? extends Dense> make) {
        Random r = new Random(seed);
        Dense layer = make.apply(Initializer.XAVIER.weights(outputs, inputs, r), Matrices.gaussian(outputs, 1, 0.5, r));
        return Case.of(layer, Matrices.gaussian(inputs, 5, 1, r));
    }

    /** An activation over 4×5 pre-activations with |z| in [0.2, 2], random signs. */
    public static Case activation(long seed, Supplier<? extends Activation> make) {
        Random r = new Random(seed);
        return Case.of(make.get(), awayFromZero(4, 5, r));
    }

    /** A leaky ReLU with slope 0.1 over inputs away from the kink. */
    public static Case leakyRelu(long seed, DoubleFunction<? extends LeakyRelu> make) {
        Random r = new Random(seed);
        return Case.of(make.apply(0.1), awayFromZero(4, 5, r));
    }

    /** A cost over 4 classes × 5 examples of Gaussian logits and one-hot labels. */
    public static Case softmax(long seed, Supplier<?> make) {
        Random r = new Random(seed);
        DMatrixRMaj z = Matrices.gaussian(4, 5, 1, r);
        DMatrixRMaj y = new DMatrixRMaj(4, 5);
        for (int j = 0; j < 5; j++) {
            y.set(r.nextInt(4), j, 1);
        }
        return Case.of(make.get(), z, y);
    }

    /** A mean squared error over 3×5 Gaussian predictions and targets. */
    public static Case meanSquaredError(long seed, Supplier<?> make) {
        Random r = new Random(seed);
        return Case.of(make.get(), Matrices.gaussian(3, 5, 1, r), Matrices.gaussian(3, 5, 1, r));
    }

    /** A binary cross-entropy over 2×6 probabilities in [0.1, 0.9] and labels in {0, 1}. */
    public static Case binaryCrossEntropy(long seed, Supplier<?> make) {
        Random r = new Random(seed);
        DMatrixRMaj a = Matrices.uniform(2, 6, 0.1, 0.9, r);
        DMatrixRMaj y = new DMatrixRMaj(2, 6);
        for (int i = 0; i < y.getNumElements(); i++) {
            y.data[i] = r.nextBoolean() ? 1 : 0;
        }
        return Case.of(make.get(), a, y);
    }

    /** Inverted dropout with keepProb 0.8 over 5×6 Gaussian activations. */
    public static Case dropout(long seed, BiFunction<Double, Random, ? extends InvertedDropout> make) {
        Random r = new Random(seed);
        return Case.of(make.apply(KEEP_PROB, new Random(seed + 1)), Matrices.gaussian(5, 6, 1, r));
    }

    /** Batch norm over 3 units × 6 examples, with γ and β drawn away from 1 and 0. */
    public static Case batchNorm(long seed, BatchNormMaker make) {
        Random r = new Random(seed);
        BatchNorm layer = make.make(3, 1e-5, 0.9);
        randomAffine(layer.gamma(), layer.beta(), r);
        DMatrixRMaj z = Matrices.gaussian(3, 6, 2, r);
        CommonOps_DDRM.add(z, 1);
        return Case.of(layer, z);
    }

    /** Layer norm over 5 features × 4 examples, with γ and β drawn away from 1 and 0. */
    public static Case layerNorm(long seed, LayerNormMaker make) {
        Random r = new Random(seed);
        LayerNorm layer = make.make(5, 1e-5);
        randomAffine(layer.gamma(), layer.beta(), r);
        return Case.of(layer, Matrices.gaussian(5, 4, 2, r));
    }

    /** The {@link #CONV} convolution over 2 examples, with a nonzero bias. */
    public static Case conv(long seed, BiFunction<ConvShape, Random, ? extends Conv2D> make) {
        Random r = new Random(seed);
        Conv2D layer = make.apply(CONV, r);
        layer.bias().setTo(Matrices.gaussian(CONV.filters(), 1, 0.5, r));
        return Case.of(layer, Matrices.gaussian(CONV.inputSize(), 2, 1, r));
    }

    /** 2×2 max pooling of 2 channels of 4×4 over 2 examples; all values distinct, 0.1 apart. */
    public static Case maxPool(long seed, MaxPoolMaker make) {
        Random r = new Random(seed);
        int n = 2 * 4 * 4 * 2;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int k = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[k];
            order[k] = t;
        }
        DMatrixRMaj x = new DMatrixRMaj(2 * 4 * 4, 2);
        for (int i = 0; i < n; i++) {
            x.data[i] = 0.1 * (order[i] - n / 2.0);
        }
        return Case.of(make.make(2, 4, 4, 2), x);
    }

    /** An embedding of 5 ids in 3 dimensions, looked up for 6 ids (so some id repeats). */
    public static Case embedding(long seed, EmbeddingMaker make) {
        Random r = new Random(seed);
        Embedding layer = make.make(3, 5, r);
        DMatrixRMaj ids = new DMatrixRMaj(1, 6);
        for (int j = 0; j < 6; j++) {
            ids.set(0, j, r.nextInt(5));
        }
        return Case.of(layer, ids);
    }

    /** A recurrent cell of 3 inputs and 4 hidden units, unrolled over 3 steps from a random a⟨0⟩, 2 examples. */
    public static Case rnn(long seed, RnnMaker make) {
        Random r = new Random(seed);
        SimpleRnn layer = make.make(3, 4, 3, r);
        return Case.of(layer, Matrices.gaussian(3 * 3, 2, 1, r), Matrices.gaussian(4, 2, 0.5, r));
    }

    /** One attention head: 4 queries attending to 4 keys and values, tokens of size 4, d_k = 3, d_v = 2. */
    public static Case attention(long seed, AttentionMaker make) {
        Random r = new Random(seed);
        Attention layer = make.make(4, 3, 2, r);
        return Case.of(layer, Matrices.gaussian(4, 4, 1, r), Matrices.gaussian(4, 4, 1, r),
                Matrices.gaussian(4, 4, 1, r));
    }

    /** A dense layer of 4 inputs and 3 outputs with its parameters in a table, 5 examples. */
    public static Case paramTable(long seed) {
        Random r = new Random(seed);
        return Case.of(new ParamTableDense(4, 3, r), Matrices.gaussian(4, 5, 1, r));
    }

    /** One LSTM step, 3 inputs and 4 hidden units, 2 examples, from random h⟨t−1⟩ and c⟨t−1⟩. */
    public static Case lstm(long seed, LstmMaker make) {
        Random r = new Random(seed);
        LstmCell layer = make.make(3, 4, r);
        return Case.of(layer, Matrices.gaussian(3, 2, 1, r), Matrices.gaussian(4, 2, 0.5, r),
                Matrices.gaussian(4, 2, 0.5, r));
    }

    /**
     * The {@link #NETWORK_SIZES} network with He weights, λ, dropout, on 8 examples of the circle.
     * The biases are drawn small but nonzero: with zero biases, an example whose hidden units are
     * all dropped or dead gets {@code Z = b = 0} exactly in the next layer, a ReLU kink.
     */
    public static Case network(long seed, NetworkMaker make) {
        Random r = new Random(seed);
        DeepNetwork net = make.make(NETWORK_SIZES, Initializer.HE, LAMBDA, KEEP_PROB, r);
        List<DMatrixRMaj> params = net.parameters();
        for (DMatrixRMaj bias : params.subList(net.layers(), params.size())) {
            bias.setTo(Matrices.gaussian(bias.numRows, 1, 0.1, r));
        }
        Dataset data = SyntheticData.circle(8, r);
        return Case.of(net, data.x(), data.y());
    }

    /** A constructor of {@link BatchNorm} or a subclass. */
    @FunctionalInterface
    public interface BatchNormMaker {
        BatchNorm make(int units, double epsilon, double momentum);
    }

    /** A constructor of {@link LayerNorm} or a subclass. */
    @FunctionalInterface
    public interface LayerNormMaker {
        LayerNorm make(int features, double epsilon);
    }

    /** A constructor of {@link MaxPool2D} or a subclass. */
    @FunctionalInterface
    public interface MaxPoolMaker {
        MaxPool2D make(int channels, int height, int width, int size);
    }

    /** A constructor of {@link Embedding} or a subclass. */
    @FunctionalInterface
    public interface EmbeddingMaker {
        Embedding make(int dimension, int vocabulary, Random random);
    }

    /** A constructor of {@link SimpleRnn} or a subclass. */
    @FunctionalInterface
    public interface RnnMaker {
        SimpleRnn make(int inputs, int hidden, int steps, Random random);
    }

    /** A constructor of {@link LstmCell} or a subclass. */
    @FunctionalInterface
    public interface LstmMaker {
        LstmCell make(int inputs, int hidden, Random random);
    }

    /** A constructor of {@link Attention} or a subclass. */
    @FunctionalInterface
    public interface AttentionMaker {
        Attention make(int model, int keys, int values, Random random);
    }

    /** A constructor of {@link DeepNetwork} or a subclass. */
    @FunctionalInterface
    public interface NetworkMaker {
        DeepNetwork make(int[] sizes, Initializer init, double lambda, double keepProb, Random random);
    }

    private static DMatrixRMaj awayFromZero(int rows, int cols, Random r) {
        DMatrixRMaj z = Matrices.uniform(rows, cols, 0.2, 2, r);
        for (int i = 0; i < z.getNumElements(); i++) {
            if (r.nextBoolean()) {
                z.data[i] = -z.data[i];
            }
        }
        return z;
    }

    private static void randomAffine(DMatrixRMaj gamma, DMatrixRMaj beta, Random r) {
        for (int i = 0; i < gamma.getNumElements(); i++) {
            gamma.data[i] = 1 + 0.5 * r.nextGaussian();
            beta.data[i] = 0.5 * r.nextGaussian();
        }
    }
}
