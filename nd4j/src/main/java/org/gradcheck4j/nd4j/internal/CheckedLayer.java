package org.gradcheck4j.nd4j.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.Param;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One Deeplearning4j layer as gradcheck4j sees it: its parameter table (the views the layer reads,
 * {@code W}, {@code b}, ...) and the gradients and input gradient (epsilon) of
 * {@code backpropGradient}. The cost is the engine's random projection of the layer's output.
 * Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class CheckedLayer {

    private final Layer layer;
    /** The parameter table, as DL4J names it: views of the parameters the layers read. */
    @Param
    private final Map<String, INDArray> params;
    /** The gradients of the last backward pass, by parameter name. */
    @Grad("params")
    private final Map<String, INDArray> gradients = new LinkedHashMap<>();
    private final LayerWorkspaceMgr workspaces = LayerWorkspaceMgr.noWorkspaces();

    /**
     * Wraps a layer instance that already has its parameters and gradient views.
     *
     * @param layer an instantiated Deeplearning4j layer whose gradients go to its gradient view
     */
    public CheckedLayer(Layer layer) {
        this.layer = layer;
        this.params = new LinkedHashMap<>(layer.paramTable());
    }

    /**
     * Instantiates a copy of {@code conf} in double precision, prepared for the check, with fresh parameters.
     *
     * @param conf the layer's configuration; not modified
     * @return the wrapper of the new layer instance
     */
    public static CheckedLayer of(org.deeplearning4j.nn.conf.layers.Layer conf) {
        org.deeplearning4j.nn.conf.layers.Layer copy = conf.clone();
        CheckPreparation.prepare(copy);
        NeuralNetConfiguration nnc = new NeuralNetConfiguration.Builder().dataType(DataType.DOUBLE).layer(copy).build();
        long n = nnc.getLayer().initializer().numParams(nnc);
        INDArray paramView = n == 0 ? null : Nd4j.create(DataType.DOUBLE, 1, n);
        Layer layer = nnc.getLayer().instantiate(nnc, List.of(), 0, paramView, true, DataType.DOUBLE);
        if (n > 0) {
            layer.setBackpropGradientsViewArray(Nd4j.create(DataType.DOUBLE, 1, n));
        }
        return new CheckedLayer(layer);
    }

    /**
     * The layer's output in training mode (dropout removed).
     *
     * @param input the layer's input, in the shape the layer expects
     * @return a copy of the layer's activation
     */
    @Forward
    public INDArray forward(INDArray input) {
        return layer.activate(input, true, workspaces).dup();
    }

    /**
     * Runs {@code backpropGradient}, fills the gradient table and returns its epsilon.
     *
     * @param outputGradient the gradient with respect to the layer's output; not modified
     * @return epsilon, a copy of the gradient with respect to the layer's input
     */
    @Backward
    public INDArray backward(INDArray outputGradient) {
        Pair<Gradient, INDArray> result = layer.backpropGradient(outputGradient.dup(), workspaces);
        GradientTable.fill(gradients, params.keySet(), result.getFirst());
        return result.getSecond().dup();
    }

    /**
     * The number of parameters.
     *
     * @return how many scalar parameters the layer has (0 for a layer without parameters)
     */
    public long numParams() {
        return layer.numParams();
    }

    @Override
    public String toString() {
        return layer.getClass().getSimpleName();
    }
}
