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
 * in double precision, without dropout, weight noise or softmax clipping.
 *
 * <p>{@link #of} chooses one of two wrappers, since {@code @Constant} is fixed per class:
 * {@link WithFeatures} also checks dJ/d(features), the input epsilon of
 * {@code calculateGradients} divided by the batch size; {@link ConstantFeatures} keeps the features
 * constant, when they are not floating point or DL4J returns no input gradient (an embedding first
 * layer takes indices). Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public abstract class CheckedNetwork {

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
     * Prepares a double-precision copy of {@code original} with the same parameters, and the wrapper
     * that checks its features when they are differentiable.
     *
     * @param original an initialised network. Not modified.
     * @param data features, labels and masks (masks may be null), already in double precision
     * @param floatingPointFeatures whether the features the user passed are floating point (not indices)
     * @return {@link WithFeatures} or {@link ConstantFeatures}
     */
    public static CheckedNetwork of(MultiLayerNetwork original, DataSet data, boolean floatingPointFeatures) {
        MultiLayerNetwork copy = prepared(original);
        if (!floatingPointFeatures) {
            return new ConstantFeatures(copy, data, "the features are not floating point");
        }
        if (rawInputGradient(copy, data) == null) {
            return new ConstantFeatures(copy, data, "layer 0 ("
                    + copy.getLayer(0).getClass().getSimpleName() + ") returns no input gradient");
        }
        return new WithFeatures(copy, data);
    }

    /**
     * Prepares a double-precision copy of {@code original} whose features stay constant: only the
     * parameters are checked, as GradientCheckUtil checks them.
     *
     * @param original an initialised network. Not modified.
     * @param data features, labels and masks (masks may be null), already in double precision
     * @return the wrapper, which names its reason "only the parameters were asked for"
     */
    public static ConstantFeatures parametersOnly(MultiLayerNetwork original, DataSet data) {
        return new ConstantFeatures(prepared(original), data, "only the parameters were asked for");
    }

    private static MultiLayerNetwork prepared(MultiLayerNetwork original) {
        MultiLayerConfiguration conf = original.getLayerWiseConfigurations().clone();
        conf.setDataType(DataType.DOUBLE);
        for (NeuralNetConfiguration layer : conf.getConfs()) {
            CheckPreparation.prepare(layer.getLayer());
        }
        MultiLayerNetwork copy = new MultiLayerNetwork(conf);
        copy.init(original.params().castTo(DataType.DOUBLE).dup(), false);
        return copy;
    }

    /** The input epsilon of {@code calculateGradients}: dJ/d(features) summed over the batch, or null. */
    private static INDArray rawInputGradient(MultiLayerNetwork net, DataSet data) {
        INDArray epsilon = net.calculateGradients(data.getFeatures(), data.getLabels(),
                data.getFeaturesMaskArray(), data.getLabelsMaskArray()).getSecond();
        return epsilon == null ? null : epsilon.dup();
    }

    /** Fills the gradient table with the gradient of the score, as the no-op updater leaves it. */
    void parameterGradients() {
        net.setInput(data.getFeatures());
        net.setLabels(data.getLabels());
        net.setLayerMaskArrays(data.getFeaturesMaskArray(), data.getLabelsMaskArray());
        net.computeGradientAndScore();
        Gradient gradient = net.gradient();
        updater.update(net, gradient, 0, 0, net.batchSize(), LayerWorkspaceMgr.noWorkspaces());
        GradientTable.fill(gradients, params.keySet(), gradient);
    }

    /**
     * dJ/d(features) of the score: DL4J's input epsilon is summed over the batch while the score is
     * its mean, so it is divided by the batch size (measured: the ratio to the central difference
     * is the batch size, masked time steps included, where both are 0).
     */
    INDArray inputGradient() {
        INDArray raw = rawInputGradient(net, data);
        if (raw == null) {
            throw new IllegalStateException("layer 0 returned no input gradient on this pass, though it did when the check was prepared");
        }
        return raw.divi(net.batchSize());
    }

    /**
     * The number of parameters.
     *
     * @return how many scalar parameters there are, over every layer
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

    /**
     * Whether dJ/d(features) is checked.
     *
     * @return true when the features are an input of the check, false when they are constant
     */
    public abstract boolean checksFeatures();

    /**
     * The score on the data in training mode: the mean loss over the batch plus regularisation.
     *
     * @return the network's score on its data, read from the {@link DataSet} (whose features array
     *     the engine perturbs)
     */
    public double cost() {
        return net.score(data, true);
    }

    @Override
    public String toString() {
        return "MultiLayerNetwork of " + net.getnLayers() + " layers";
    }

    /** A network whose features are checked with its parameters. Internal. */
    @API(status = INTERNAL, since = "0.1.0")
    public static final class WithFeatures extends CheckedNetwork {

        private WithFeatures(MultiLayerNetwork net, DataSet data) {
            super(net, data);
        }

        /**
         * The score in training mode: the mean loss over the batch plus regularisation.
         *
         * @param features the array the data set feeds the network, perturbed in place by the engine
         * @return the score
         */
        @Forward
        public double cost(INDArray features) {
            return cost();
        }

        /**
         * Fills the parameter gradients (no-op updater) and returns the input gradient.
         *
         * @return dJ/d(features)
         */
        @Backward
        public INDArray backward() {
            INDArray dFeatures = inputGradient();
            parameterGradients();
            return dFeatures;
        }

        @Override
        public boolean checksFeatures() {
            return true;
        }
    }

    /** A network whose features are constant: not floating point, or without an input gradient. Internal. */
    @API(status = INTERNAL, since = "0.1.0")
    public static final class ConstantFeatures extends CheckedNetwork {

        private final String reason;

        private ConstantFeatures(MultiLayerNetwork net, DataSet data, String reason) {
            super(net, data);
            this.reason = reason;
        }

        /**
         * The score in training mode: the mean loss over the batch plus regularisation.
         *
         * @param features the features, constant
         * @return the score
         */
        @Forward
        public double cost(@Constant INDArray features) {
            return cost();
        }

        /** Fills the parameter gradients, as the no-op updater leaves them. */
        @Backward
        public void backward() {
            parameterGradients();
        }

        @Override
        public boolean checksFeatures() {
            return false;
        }

        /**
         * Why the features are constant.
         *
         * @return the reason, for the check's label
         */
        public String reason() {
            return reason;
        }
    }
}
