package org.gradcheck4j.nd4j.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.updater.graph.ComputationGraphUpdater;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Constant;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.Param;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;

/**
 * A copy of a {@link ComputationGraph} as gradcheck4j sees it, like {@link CheckedNetwork}: its
 * parameter table ({@code dense_W}, named by vertex), the score of a {@link MultiDataSet} (every
 * input, label and mask) and the gradient after a no-op updater. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class CheckedGraph {

    private final ComputationGraph graph;
    private final ComputationGraphUpdater updater;
    private final MultiDataSet data;
    /** The parameter table, as DL4J names it: views of the parameters the layers read. */
    @Param
    private final Map<String, INDArray> params;
    /** The gradients of the last backward pass, by parameter name. */
    @Grad("params")
    private final Map<String, INDArray> gradients = new LinkedHashMap<>();

    private CheckedGraph(ComputationGraph graph, MultiDataSet data) {
        this.graph = graph;
        this.data = data;
        this.updater = new ComputationGraphUpdater(graph);
        this.params = new LinkedHashMap<>(graph.paramTable());
    }

    /**
     * Prepares a double-precision copy of {@code original} with the same parameters.
     *
     * @param original an initialised graph. Not modified.
     * @param data inputs, labels and masks, already in double precision
     * @return the wrapper
     */
    public static CheckedGraph of(ComputationGraph original, MultiDataSet data) {
        ComputationGraphConfiguration conf = original.getConfiguration().clone();
        conf.setDataType(DataType.DOUBLE);
        for (GraphVertex vertex : conf.getVertices().values()) {
            if (vertex instanceof LayerVertex layer) {
                CheckPreparation.prepare(layer.getLayerConf().getLayer());
            }
        }
        ComputationGraph copy = new ComputationGraph(conf);
        copy.init(original.params().castTo(DataType.DOUBLE).dup(), false);
        return new CheckedGraph(copy, data);
    }

    /**
     * The score on the data in training mode: the mean loss over the batch plus regularisation.
     *
     * @param firstInput the graph's first input, given because the engine needs a forward input and
     *     {@code @Constant} (not checked); the score reads every input from the {@link MultiDataSet}
     * @return the graph's score on its data
     */
    @Forward
    public double cost(@Constant INDArray firstInput) {
        return graph.score(data, true);
    }

    /** The gradient of the score, as the no-op updater leaves it. */
    @Backward
    public void backward() {
        graph.setInputs(data.getFeatures());
        graph.setLabels(data.getLabels());
        graph.setLayerMaskArrays(data.getFeaturesMaskArrays(), data.getLabelsMaskArrays());
        graph.computeGradientAndScore();
        Gradient gradient = graph.gradient();
        updater.update(gradient, 0, 0, graph.batchSize(), LayerWorkspaceMgr.noWorkspaces());
        GradientTable.fill(gradients, params.keySet(), gradient);
    }

    /**
     * The number of parameters.
     *
     * @return how many scalar parameters the graph has, over every vertex
     */
    public long numParams() {
        return graph.numParams();
    }

    @Override
    public String toString() {
        return "ComputationGraph of " + graph.getNumLayers() + " layers";
    }
}
