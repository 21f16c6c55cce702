package org.gradcheck4j.nd4j.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.deeplearning4j.nn.api.Updater;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.updater.UpdaterCreator;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Constant;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.Param;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * A copy of a {@link MultiLayerNetwork} as gradcheck4j sees it: its parameter table ({@code 0_W},
 * {@code 0_b}, {@code 1_W}, ...: views of the flat parameter array the layers read), the cost
 * {@code score(DataSet, true)} (mean over the batch plus regularisation), and the gradient DL4J
 * trains with: {@code computeGradientAndScore()} followed by a no-op updater, which divides by the
 * batch size and adds the regularisation gradient, as {@code GradientCheckUtil} does. The copy is
 * in double precision, without dropout, weight noise or softmax clipping. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class CheckedNetwork {

    private final MultiLayerNetwork net;
    private final Updater updater;
    private final DataSet data;
    /** The parameter table, as DL4J names it: views of the parameters the layers read. */
    @Param
    private final Map<String, INDArray> params;
    /** The gradients of the last backward pass, by parameter name. */
    @Grad("params")
    private final Map<String, INDArray> gradients = new LinkedHashMap<>();

    private CheckedNetwork(MultiLayerNetwork net, DataSet data) {
        this.net = net;
        this.data = data;
        this.updater = UpdaterCreator.getUpdater(net);
        this.params = new LinkedHashMap<>(net.paramTable());
    }

    /**
     * Prepares a double-precision copy of {@code original} with the same parameters.
     *
     * @param original an initialised network. Not modified.
     * @param data features, labels and masks (masks may be null), already in double precision
     * @return the wrapper
     */
    public static CheckedNetwork of(MultiLayerNetwork original, DataSet data) {
        MultiLayerConfiguration conf = original.getLayerWiseConfigurations().clone();
        conf.setDataType(DataType.DOUBLE);
        for (NeuralNetConfiguration layer : conf.getConfs()) {
            CheckPreparation.prepare(layer.getLayer());
        }
        MultiLayerNetwork copy = new MultiLayerNetwork(conf);
        copy.init(original.params().castTo(DataType.DOUBLE).dup(), false);
        return new CheckedNetwork(copy, data);
    }

    /**
     * The score on the data in training mode: the mean loss over the batch plus regularisation.
     *
     * @param features the features, given because the engine needs a forward input and
     *     {@code @Constant} (not checked); the score reads them from the {@link DataSet}
     * @return the network's score on its data
     */
    @Forward
    public double cost(@Constant INDArray features) {
        return net.score(data, true);
    }

    /** The gradient of the score, as the no-op updater leaves it. */
    @Backward
    public void backward() {
        net.setInput(data.getFeatures());
        net.setLabels(data.getLabels());
        net.setLayerMaskArrays(data.getFeaturesMaskArray(), data.getLabelsMaskArray());
        net.computeGradientAndScore();
        Gradient gradient = net.gradient();
        updater.update(net, gradient, 0, 0, net.batchSize(), LayerWorkspaceMgr.noWorkspaces());
        GradientTable.fill(gradients, params.keySet(), gradient);
    }

    /**
     * The number of parameters.
     *
     * @return how many scalar parameters the network has, over every layer
     */
    public long numParams() {
        return net.numParams();
    }

    /**
     * The network checked (the prepared copy).
     *
     * @return the double-precision copy without dropout, weight noise or softmax clipping, not the original
     */
    public MultiLayerNetwork network() {
        return net;
    }

    @Override
    public String toString() {
        return "MultiLayerNetwork of " + net.getnLayers() + " layers";
    }
}
