package org.gradcheck4j.nd4j.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.updater.graph.ComputationGraphUpdater;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.annotation.Tensors;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;

/**
 * A copy of a {@link ComputationGraph} as gradcheck4j sees it, like {@link CheckedNetwork}: its
 * parameter table ({@code dense_W}, named by vertex), the score of a {@link MultiDataSet} (every
 * input, label and mask), the gradient after a no-op updater, and the gradient of every
 * differentiable input (floating point, and DL4J returns an input gradient for it), read from an
 * {@link InputGradientGraph} and divided by the batch size. {@code @Forward} takes one argument
 * per differentiable input, so {@link #of} chooses among {@link GraphInputs} wrappers of 0 to
 * {@value GraphInputs#MOST} inputs. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public abstract class CheckedGraph {

    private final ComputationGraph graph;
    private final ComputationGraphUpdater updater;
    private final MultiDataSet data;
    private final InputGradientGraph inputGradients;
    private final List<Integer> differentiated;
    private final String inputsDescription;
    /** The parameter table, as DL4J names it: views of the parameters the layers read. */
    @Param
    private final Map<String, INDArray> params;
    /** The gradients of the last backward pass, by parameter name. */
    @Grad("params")
    private final Map<String, INDArray> gradients = new LinkedHashMap<>();

    CheckedGraph(Prepared prepared) {
        this.graph = prepared.graph();
        this.data = prepared.data();
        this.inputGradients = prepared.inputGradients();
        this.differentiated = prepared.differentiated();
        this.inputsDescription = prepared.description();
        this.updater = new ComputationGraphUpdater(graph);
        this.params = new LinkedHashMap<>(graph.paramTable());
    }

    /** What {@link #of} found: the prepared copy and which of its inputs are differentiated. */
    record Prepared(ComputationGraph graph, MultiDataSet data, InputGradientGraph inputGradients,
            List<Integer> differentiated, String description) {
    }

    /**
     * Prepares a double-precision copy of {@code original} with the same parameters, and the wrapper
     * that checks its differentiable inputs.
     *
     * @param original an initialised graph. Not modified.
     * @param data inputs, labels and masks, already in double precision
     * @param floatingPoint for each input, whether the array the user passed is floating point
     * @return the wrapper
     */
    public static CheckedGraph of(ComputationGraph original, MultiDataSet data, boolean[] floatingPoint) {
        ComputationGraphConfiguration conf = original.getConfiguration().clone();
        conf.setDataType(DataType.DOUBLE);
        for (GraphVertex vertex : conf.getVertices().values()) {
            if (vertex instanceof LayerVertex layer) {
                CheckPreparation.prepare(layer.getLayerConf().getLayer());
            }
        }
        ComputationGraph copy = new ComputationGraph(conf);
        copy.init(original.params().castTo(DataType.DOUBLE).dup(), false);
        List<String> names = conf.getNetworkInputs();
        List<Integer> differentiated = new ArrayList<>();
        List<String> constant = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!floatingPoint[i]) {
                constant.add("\"" + names.get(i) + "\" (not floating point)");
            } else if (!InputGradientGraph.hasInputGradient(copy, data, names.get(i))) {
                constant.add("\"" + names.get(i) + "\" (no input gradient from DL4J)");
            } else {
                differentiated.add(i);
            }
        }
        if (differentiated.size() > GraphInputs.MOST) {
            differentiated.forEach(i -> constant.add("\"" + names.get(i) + "\""));
            constant.add("more than " + GraphInputs.MOST + " differentiable inputs are not checked");
            differentiated.clear();
        }
        InputGradientGraph inputGradients = InputGradientGraph.of(copy, differentiated.stream().map(names::get).toList());
        return GraphInputs.wrap(new Prepared(copy, data, inputGradients, List.copyOf(differentiated),
                describe(names, differentiated, constant)));
    }

    private static String describe(List<String> names, List<Integer> differentiated, List<String> constant) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < differentiated.size(); k++) {
            parts.add("input" + k + " = \"" + names.get(differentiated.get(k)) + "\"");
        }
        if (!constant.isEmpty()) {
            parts.add("constant: " + String.join(", ", constant));
        }
        return String.join("; ", parts);
    }

    /**
     * The score on the data in training mode: the mean loss over the batch plus regularisation.
     *
     * @return the graph's score on its data, read from the {@link MultiDataSet} (whose input arrays
     *     the engine perturbs)
     */
    public double cost() {
        return graph.score(data, true);
    }

    /** Fills the gradient table with the gradient of the score, as the no-op updater leaves it. */
    void parameterGradients() {
        graph.setInputs(data.getFeatures());
        graph.setLabels(data.getLabels());
        graph.setLayerMaskArrays(data.getFeaturesMaskArrays(), data.getLabelsMaskArrays());
        graph.computeGradientAndScore();
        Gradient gradient = graph.gradient();
        updater.update(gradient, 0, 0, graph.batchSize(), LayerWorkspaceMgr.noWorkspaces());
        GradientTable.fill(gradients, params.keySet(), gradient);
    }

    /**
     * The gradients of the differentiated inputs, in order: DL4J's epsilons are summed over the
     * batch while the score is its mean, so they are divided by the batch size.
     */
    Tensors inputGradients() {
        INDArray[] raw = inputGradients.rawInputGradients(graph, data);
        List<Object> gradients = new ArrayList<>();
        for (int i : differentiated) {
            if (raw[i] == null) {
                throw new IllegalStateException("graph input " + i + " got no input gradient on this pass, though it did when the check was prepared");
            }
            gradients.add(raw[i].divi(graph.batchSize()));
        }
        return Tensors.of(gradients.toArray());
    }

    /**
     * The arrays of the differentiated inputs, in order: those the data set feeds the graph.
     *
     * @return the very arrays of the {@link MultiDataSet}, not copies
     */
    public INDArray[] differentiatedInputs() {
        return differentiated.stream().map(data::getFeatures).toArray(INDArray[]::new);
    }

    /**
     * The number of differentiated input components.
     *
     * @return the summed lengths of the differentiated inputs
     */
    public long inputComponents() {
        return differentiated.stream().mapToLong(i -> data.getFeatures(i).length()).sum();
    }

    /**
     * Which inputs are checked under which name, and which are constant and why.
     *
     * @return a description for the check's label, e.g. {@code input0 = "a"; input1 = "b"}
     */
    public String inputsDescription() {
        return inputsDescription;
    }

    /**
     * The number of parameters.
     *
     * @return how many scalar parameters there are, over every layer
     */
    public long numParams() {
        return graph.numParams();
    }

    @Override
    public String toString() {
        return "ComputationGraph of " + graph.getNumLayers() + " layers";
    }
}
