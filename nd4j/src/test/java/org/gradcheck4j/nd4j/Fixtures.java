package org.gradcheck4j.nd4j;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** Seeded inputs, labels and small networks for the tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** Uniform values in [-1, 1) of the given shape, in double precision. */
    static INDArray uniform(long seed, long... shape) {
        Nd4j.getRandom().setSeed(seed);
        return Nd4j.rand(DataType.DOUBLE, shape).muli(2).subi(1);
    }

    /** One-hot labels, example i of class i mod classes. */
    static INDArray oneHot(int examples, int classes) {
        INDArray labels = Nd4j.zeros(DataType.DOUBLE, examples, classes);
        for (int i = 0; i < examples; i++) {
            labels.putScalar(i, i % classes, 1.0);
        }
        return labels;
    }

    /**
     * A float network, as DL4J builds by default, trained with Adam, with dropout and L2: everything
     * the user would otherwise have to take out by hand for GradientCheckUtil.
     */
    static MultiLayerNetwork network(int in, int hidden, int out, IActivation hiddenActivation) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(7).dataType(DataType.FLOAT)
                .updater(new Adam(1e-3)).l2(1e-3).weightInit(WeightInit.XAVIER).list()
                .layer(new DenseLayer.Builder().nIn(in).nOut(hidden).activation(Activation.TANH).dropOut(0.5).build())
                .layer(new DenseLayer.Builder().nIn(hidden).nOut(hidden).activation(hiddenActivation).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(hidden).nOut(out)
                        .activation(Activation.SOFTMAX).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }
}
