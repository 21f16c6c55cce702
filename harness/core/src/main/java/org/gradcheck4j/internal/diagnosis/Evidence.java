package org.gradcheck4j.internal.diagnosis;

import java.util.List;
import java.util.Optional;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.Verdict;

/**
 * Everything the rules look at for one check: every tensor's evidence, the thresholds, the
 * shapes of the inputs (to recognise a batch size), the keep probabilities in effect, and the
 * name of the {@code @Penalty} method. Internal.
 *
 * @param tensors the tensors in the order of the check
 * @param thresholds the check's thresholds
 * @param inputs the name and shape of every input of the forward pass
 * @param keepProbs the values of the {@code @KeepProb} fields during the check, other than 1
 * @param penaltyMethod the {@code @Penalty} method's name, when the layer has one
 * @param outputPaths for a layer with several outputs, how well the gradient through each one alone
 *        agrees with its numeric value; empty otherwise
 */
record Evidence(List<TensorEvidence> tensors, Thresholds thresholds, List<Input> inputs, List<Double> keepProbs,
                Optional<String> penaltyMethod, List<OutputPath> outputPaths) {

    /** The relative error below which the rules call a pattern a match. */
    static final double MATCH_FLOOR = 1e-6;
    /** The relative error at or above which a tensor or component counts as substantially wrong. */
    static final double WRONG_FLOOR = 1e-4;

    /**
     * The name and shape of one input of the forward pass.
     *
     * @param name the parameter's name
     * @param shape the tensor's dimensions, empty when it is not a tensor
     */
    record Input(String name, List<Integer> shape) {
    }

    /**
     * The gradient through one output alone, compared with its numeric value along one direction.
     *
     * @param name the output's name
     * @param relativeError |a·d − n_d| / (|a·d| + |n_d|)
     */
    record OutputPath(String name, double relativeError) {
    }

    Evidence(List<TensorEvidence> tensors, Thresholds thresholds, List<Input> inputs, List<Double> keepProbs,
             Optional<String> penaltyMethod) {
        this(tensors, thresholds, inputs, keepProbs, penaltyMethod, List.of());
    }

    Evidence {
        outputPaths = List.copyOf(outputPaths);
        tensors = List.copyOf(tensors);
        inputs = List.copyOf(inputs);
        keepProbs = List.copyOf(keepProbs);
    }

    /** A fit or comparison at most this far off is a match: a tenth of the fail threshold. */
    double match() {
        return Math.max(MATCH_FLOOR, thresholds.fail() / 10);
    }

    /** The component relative error at or above which a component counts as wrong. */
    double wrongComponent() {
        return Math.max(WRONG_FLOOR, thresholds.fail());
    }

    /** Whether {@code t} fails substantially (not merely by noise under very strict thresholds). */
    boolean wrong(TensorEvidence t) {
        return t.verdict() == Verdict.FAIL && t.relativeError() >= WRONG_FLOOR;
    }

    /** Whether {@code t} passes (PASS or MARGINAL). */
    static boolean right(TensorEvidence t) {
        return t.verdict() == Verdict.PASS || t.verdict() == Verdict.MARGINAL;
    }

    /** The substantially wrong tensors, in order. */
    List<TensorEvidence> wrongTensors() {
        return tensors.stream().filter(this::wrong).toList();
    }
}
