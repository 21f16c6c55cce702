package org.gradcheck4j.nd4j;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.nd4j.internal.CheckedActivation;
import org.gradcheck4j.nd4j.internal.CheckedGraph;
import org.gradcheck4j.nd4j.internal.CheckedLayer;
import org.gradcheck4j.nd4j.internal.CheckedLoss;
import org.gradcheck4j.nd4j.internal.CheckedNetwork;
import org.gradcheck4j.nd4j.internal.TimeBudget;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * One-line gradient checks of Deeplearning4j's extension points, each a {@link GradCheck} of the
 * same engine (kinks, hints, directional and sampled modes, reports):
 *
 * <pre>{@code
 * Nd4jGradCheck.layer(new MyLayer.Builder().nIn(4).nOut(3).build(), input).assertCorrect();
 * Nd4jGradCheck.activation(new MyActivation(), preOutput).assertCorrect();
 * Nd4jGradCheck.loss(new LossMCXENT(), new ActivationSoftmax(), labels, preOutput).assertCorrect();
 * Nd4jGradCheck.network(net, features, labels).mode(CheckMode.DIRECTIONAL).assertCorrect();
 * }</pre>
 *
 * <p>Everything is checked in double precision on copies: the arrays and networks passed in are
 * not modified. Parameters are named as DL4J names them ({@code W}, {@code b} in a layer;
 * {@code 0_W}, {@code 1_b} in a network; {@code dense_W} in a graph). Dropout and weight noise are
 * removed, softmax clipping is turned off, and a network's gradient goes through a no-op updater,
 * which turns DL4J's raw gradient (summed over the batch) into the gradient of the score (the batch
 * mean, plus regularisation). The time limit is scaled to an exhaustive check of the network (at
 * least two minutes); {@link GradCheck#timeout} overrides it.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Nd4jGradCheck {

    private Nd4jGradCheck() {
    }

    /**
     * Checks a layer configuration alone: a fresh layer is instantiated from a copy of {@code conf},
     * its parameters ({@code W}, {@code b}, ...) and its input gradient (epsilon of
     * {@code backpropGradient}) are checked against the engine's random projection of its output.
     *
     * @param conf a layer configuration with its sizes set ({@code nIn}, {@code nOut}). Not modified.
     * @param input a batch of inputs. Not modified.
     * @return the check, ready to run
     */
    public static GradCheck layer(org.deeplearning4j.nn.conf.layers.Layer conf, INDArray input) {
        return layer(CheckedLayer.of(Objects.requireNonNull(conf, "conf")), input);
    }

    /**
     * Checks a layer instance as it is (its own parameters, data type and configuration); it must
     * have its parameter and gradient views set, as a layer of an initialised network has.
     *
     * @param layer the layer. Modified during the check, restored.
     * @param input a batch of inputs. Not modified.
     * @return the check, ready to run
     */
    public static GradCheck layer(Layer layer, INDArray input) {
        return layer(new CheckedLayer(Objects.requireNonNull(layer, "layer")), input);
    }

    private static GradCheck layer(CheckedLayer checked, INDArray input) {
        INDArray x = asDouble(input);
        return GradCheck.of(checked).input(x).label(checked + " (DL4J layer)")
                .timeout(TimeBudget.forComponents(checked.numParams() + x.length(), () -> checked.forward(x)));
    }

    /**
     * Checks an activation function's {@code backprop} against its {@code getActivation}.
     *
     * @param activation the activation. Not modified.
     * @param preOutput the points to check at (avoid exact kinks). Not modified.
     * @return the check, ready to run
     */
    public static GradCheck activation(IActivation activation, INDArray preOutput) {
        CheckedActivation checked = new CheckedActivation(Objects.requireNonNull(activation, "activation"));
        return GradCheck.of(checked).input(asDouble(preOutput)).label(checked + " (DL4J activation)");
    }

    /**
     * Checks a loss function's {@code computeGradient} (with respect to the pre-output, through the
     * output activation) against its {@code computeScore}.
     *
     * @param loss the loss function. Not modified.
     * @param outputActivation the activation applied to the pre-output. Not modified.
     * @param labels the labels. Not modified.
     * @param preOutput the pre-output to check at. Not modified.
     * @return the check, ready to run
     */
    public static GradCheck loss(ILossFunction loss, IActivation outputActivation, INDArray labels,
            INDArray preOutput) {
        return loss(loss, outputActivation, labels, preOutput, null);
    }

    /**
     * Checks a loss function as {@link #loss(ILossFunction, IActivation, INDArray, INDArray)} does,
     * with a mask.
     *
     * @param loss the loss function. Not modified.
     * @param outputActivation the activation applied to the pre-output. Not modified.
     * @param labels the labels. Not modified.
     * @param preOutput the pre-output to check at. Not modified.
     * @param mask the mask (per example, or per output), or null for none. Not modified.
     * @return the check, ready to run
     */
    public static GradCheck loss(ILossFunction loss, IActivation outputActivation, INDArray labels,
            INDArray preOutput, INDArray mask) {
        CheckedLoss checked = new CheckedLoss(Objects.requireNonNull(loss, "loss"),
                Objects.requireNonNull(outputActivation, "outputActivation"), asDouble(labels),
                mask == null ? null : asDouble(mask));
        return GradCheck.of(checked).input(asDouble(preOutput)).label(checked + " (DL4J loss)");
    }

    /**
     * Checks every parameter of a network on a batch, and the gradient with respect to the features
     * when they are differentiable: floating point, and DL4J returns an input gradient for them (an
     * embedding first layer takes indices, and returns none). The check's label says when the
     * features are constant, and why.
     *
     * @param network an initialised network. Not modified: a prepared copy is checked.
     * @param features the features. Not modified.
     * @param labels the labels. Not modified.
     * @return the check, ready to run
     */
    public static GradCheck network(MultiLayerNetwork network, INDArray features, INDArray labels) {
        return network(network, features, labels, null, null);
    }

    /**
     * Checks a network as {@link #network(MultiLayerNetwork, INDArray, INDArray)} does, on a batch
     * with masks (time series of unequal lengths): masked time steps do not change the score, so
     * their input gradient must be 0.
     *
     * @param network an initialised network. Not modified: a prepared copy is checked.
     * @param features the features. Not modified.
     * @param labels the labels. Not modified.
     * @param featuresMask the features mask, or null. Not modified.
     * @param labelsMask the labels mask, or null. Not modified.
     * @return the check, ready to run
     */
    public static GradCheck network(MultiLayerNetwork network, INDArray features, INDArray labels,
            INDArray featuresMask, INDArray labelsMask) {
        DataSet data = new DataSet(asDouble(features), asDouble(labels), orNull(featuresMask), orNull(labelsMask));
        return check(CheckedNetwork.of(Objects.requireNonNull(network, "network"), data, features.dataType().isFPType()),
                data);
    }

    /**
     * Checks every parameter of a network on a batch, as DL4J's {@code GradientCheckUtil} does: the
     * features stay constant (their gradient is not checked), which saves 2 evaluations of the score
     * per feature when the batch is large next to the parameters.
     *
     * @param network an initialised network. Not modified: a prepared copy is checked.
     * @param features the features. Not modified.
     * @param labels the labels. Not modified.
     * @return the check, ready to run
     */
    public static GradCheck networkParameters(MultiLayerNetwork network, INDArray features, INDArray labels) {
        DataSet data = new DataSet(asDouble(features), asDouble(labels));
        return check(CheckedNetwork.parametersOnly(Objects.requireNonNull(network, "network"), data), data);
    }

    private static GradCheck check(CheckedNetwork checked, DataSet data) {
        long components = checked.numParams() + (checked.checksFeatures() ? data.getFeatures().length() : 0);
        return GradCheck.of(checked).input(data.getFeatures()).label(checked + networkLabel(checked))
                .timeout(TimeBudget.forComponents(components, checked::cost));
    }

    private static String networkLabel(CheckedNetwork checked) {
        return checked instanceof CheckedNetwork.ConstantFeatures constant
                ? " (DL4J; features constant: " + constant.reason() + ")"
                : " (DL4J)";
    }

    /**
     * Checks every parameter of a graph with one input and one output on a batch, and its input as
     * {@link #network(ComputationGraph, MultiDataSet)} does.
     *
     * @param graph an initialised graph. Not modified: a prepared copy is checked.
     * @param features the features of the graph's only input. Not modified.
     * @param labels the labels of the graph's only output. Not modified.
     * @return the check, ready to run
     */
    public static GradCheck network(ComputationGraph graph, INDArray features, INDArray labels) {
        return network(graph, new org.nd4j.linalg.dataset.MultiDataSet(features, labels));
    }

    /**
     * Checks every parameter of a graph on a batch (all its inputs, labels and masks), and the
     * gradient with respect to each input that is differentiable: floating point, and DL4J returns
     * an input gradient for it. The differentiated inputs are named {@code input0}, {@code input1},
     * ... in the graph's input order (at most four); the check's label says
     * which graph input each is, and which inputs are constant and why.
     *
     * @param graph an initialised graph. Not modified: a prepared copy is checked.
     * @param data the inputs, labels and masks. Not modified.
     * @return the check, ready to run
     */
    public static GradCheck network(ComputationGraph graph, MultiDataSet data) {
        MultiDataSet copy = new org.nd4j.linalg.dataset.MultiDataSet(asDouble(data.getFeatures()),
                asDouble(data.getLabels()), asDouble(data.getFeaturesMaskArrays()),
                asDouble(data.getLabelsMaskArrays()));
        CheckedGraph checked = CheckedGraph.of(Objects.requireNonNull(graph, "graph"), copy,
                floatingPoint(data.getFeatures()));
        INDArray[] inputs = checked.differentiatedInputs();
        GradCheck check = inputs.length == 0 ? GradCheck.of(checked).input(copy.getFeatures(0))
                : GradCheck.of(checked).input(inputs[0], Arrays.copyOfRange(inputs, 1, inputs.length, Object[].class));
        return check.label(checked + " (DL4J; " + checked.inputsDescription() + ")")
                .timeout(TimeBudget.forComponents(checked.numParams() + checked.inputComponents(), checked::cost));
    }

    private static boolean[] floatingPoint(INDArray[] arrays) {
        boolean[] floatingPoint = new boolean[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            floatingPoint[i] = arrays[i].dataType().isFPType();
        }
        return floatingPoint;
    }

    private static INDArray asDouble(INDArray a) {
        return Objects.requireNonNull(a, "array").castTo(DataType.DOUBLE).dup();
    }

    private static INDArray orNull(INDArray a) {
        return a == null ? null : asDouble(a);
    }

    private static INDArray[] asDouble(INDArray[] arrays) {
        if (arrays == null) {
            return null;
        }
        INDArray[] copies = new INDArray[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            copies[i] = arrays[i] == null ? null : asDouble(arrays[i]);
        }
        return copies;
    }
}
