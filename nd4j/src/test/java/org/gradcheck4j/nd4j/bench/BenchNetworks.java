package org.gradcheck4j.nd4j.bench;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.gradcheck4j.nd4j.samples.SoftsignActivation;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The benchmark's networks, built as GradientCheckUtil demands (double precision, no-op updater, no
 * dropout) so both checkers see the same network: input → tanh → custom softsign → softmax, batch
 * of 16. Sizes: 745, 7,330, 26,115 and 93,018 parameters (and 139 for the smoke test).
 */
public final class BenchNetworks {

    static final int BATCH = 16;

    private BenchNetworks() {
    }

    /** The layer widths {in, hidden, out} of the network with about {@code params} parameters. */
    static int[] widths(int params) {
        return switch (params) {
            case 150 -> new int[] {4, 8, 3};
            case 700 -> new int[] {10, 20, 5};
            case 7_000 -> new int[] {50, 60, 10};
            case 26_000 -> new int[] {100, 115, 10};
            case 94_000 -> new int[] {245, 200, 18};
            default -> throw new IllegalArgumentException("no network of about " + params + " parameters");
        };
    }

    /** The network, its custom activation correct or with the planted bug (a'(z) missing its square). */
    public static MultiLayerNetwork network(int params, boolean plantedBug) {
        int[] w = widths(params);
        IActivation softsign = plantedBug ? new SoftsignActivation.MissingSquare() : new SoftsignActivation();
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(11).dataType(DataType.DOUBLE)
                .updater(new NoOp()).weightInit(WeightInit.XAVIER).list()
                .layer(new DenseLayer.Builder().nIn(w[0]).nOut(w[1]).activation(Activation.TANH).build())
                .layer(new DenseLayer.Builder().nIn(w[1]).nOut(w[1]).activation(softsign).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(w[1]).nOut(w[2])
                        .activation(Activation.SOFTMAX).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    /** Seeded features of the network's input width. */
    public static INDArray features(int params) {
        Nd4j.getRandom().setSeed(5);
        return Nd4j.rand(DataType.DOUBLE, BATCH, widths(params)[0]).muli(2).subi(1);
    }

    /** One-hot labels of the network's output width. */
    public static INDArray labels(int params) {
        int classes = widths(params)[2];
        INDArray labels = Nd4j.zeros(DataType.DOUBLE, BATCH, classes);
        for (int i = 0; i < BATCH; i++) {
            labels.putScalar(i, i % classes, 1.0);
        }
        return labels;
    }
}
