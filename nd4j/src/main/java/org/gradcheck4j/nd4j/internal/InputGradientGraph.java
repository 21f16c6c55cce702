package org.gradcheck4j.nd4j.internal;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.graph.ScaleVertex;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;

/**
 * The input gradients of a {@link ComputationGraph}, which DL4J 1.0.0-M2.1 computes but does not
 * return: its graph has no {@code calculateGradients}, and the epsilons it sends to input vertices
 * are gone after {@code computeGradientAndScore}. This graph is a copy of the checked one with an
 * identity vertex ({@code ScaleVertex(1.0)}, exact both ways) behind every input; after a backward
 * pass that keeps the vertices' state, the identity vertex's epsilon is dJ/d(input) summed over the
 * batch. It holds a copy of the checked graph's parameters, refreshed before every pass, and never
 * produces the parameter gradients that are checked. Internal.
 */
final class InputGradientGraph extends ComputationGraph {

    private static final long serialVersionUID = 1L;
    private static final String SUFFIX = "#identity";

    private final List<String> inputs;
    private final List<String> identities;

    private InputGradientGraph(ComputationGraphConfiguration conf, List<String> inputs, List<String> identities) {
        super(conf);
        this.inputs = inputs;
        this.identities = identities;
    }

    /**
     * Whether DL4J returns a gradient for {@code input}: a copy with an identity vertex behind that
     * input alone gets an epsilon there. DL4J refuses to backpropagate into the identity vertex when
     * the layer behind it returns none (an embedding), which also means no.
     */
    static boolean hasInputGradient(ComputationGraph checked, MultiDataSet data, String input) {
        int i = checked.getConfiguration().getNetworkInputs().indexOf(input);
        try {
            return of(checked, List.of(input)).rawInputGradients(checked, data)[i] != null;
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).contains(input + SUFFIX)) {
                return false; // "Cannot do backward pass: errors not set (ScaleVertex input#identity ...)"
            }
            throw e;
        }
    }

    /**
     * A copy of {@code checked}'s configuration (already prepared) with identity vertices behind the
     * inputs {@code identities}.
     */
    static InputGradientGraph of(ComputationGraph checked, List<String> identities) {
        ComputationGraphConfiguration conf = checked.getConfiguration().clone();
        List<String> inputs = new ArrayList<>(conf.getNetworkInputs());
        for (String input : identities) {
            for (List<String> vertexInputs : conf.getVertexInputs().values()) {
                vertexInputs.replaceAll(name -> name.equals(input) ? input + SUFFIX : name);
            }
            conf.getVertices().put(input + SUFFIX, new ScaleVertex(1.0));
            conf.getVertexInputs().put(input + SUFFIX, new ArrayList<>(List.of(input)));
        }
        conf.setTrainingWorkspaceMode(WorkspaceMode.NONE);     // else the vertices' epsilons are in closed workspaces
        conf.setInferenceWorkspaceMode(WorkspaceMode.NONE);
        conf.setTopologicalOrder(null);
        conf.setTopologicalOrderStr(null);
        InputGradientGraph graph = new InputGradientGraph(conf, inputs, List.copyOf(identities));
        graph.init();
        return graph;
    }

    /**
     * dJ/d(input) of every input, summed over the batch, at {@code checked}'s current parameters; an
     * entry is null for an input without an identity vertex.
     */
    INDArray[] rawInputGradients(ComputationGraph checked, MultiDataSet data) {
        checked.paramTable().forEach((name, value) -> getParam(name).assign(value));
        setLabels(data.getLabels());
        setLayerMaskArrays(data.getFeaturesMaskArrays(), data.getLabelsMaskArrays());
        feedForward(data.getFeatures(), true, false);
        calcBackpropGradients(false, false);
        INDArray[] gradients = new INDArray[inputs.size()];
        for (int i = 0; i < gradients.length; i++) {
            INDArray epsilon = identities.contains(inputs.get(i)) ? getVertex(inputs.get(i) + SUFFIX).getEpsilon() : null;
            gradients[i] = epsilon == null ? null : epsilon.dup();
        }
        clearLayersStates();
        return gradients;
    }
}
