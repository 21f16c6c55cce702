package org.gradcheck4j;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The check of one tensor: a {@code @Param} (one element of a list or array of tensors counts as a
 * tensor of its own) or a differentiated input.
 *
 * @param name the tensor's name, e.g. {@code W}, {@code W[1]} or {@code input x}
 * @param kind whether this is a parameter or an input
 * @param shape the tensor's dimensions (rows, columns for a matrix)
 * @param relativeError {@code ‖a − n‖₂ / (‖a‖₂ + ‖n‖₂)} for this tensor (0 when both are 0)
 * @param verdict this tensor's verdict from the thresholds
 * @param analytic the analytic gradient, row-major
 * @param numeric the numeric gradient, row-major
 * @param worst the components with the largest error, worst first
 * @param kinks how many components sat on a kink and were judged by their one-sided derivatives
 * @param checked how many components have a numeric value of their own (all of them in the
 *                exhaustive mode; in the directional mode only those localised or sampled, the
 *                others are NaN in {@code numeric})
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record TensorResult(String name, Kind kind, List<Integer> shape, double relativeError, Verdict verdict,
                           double[] analytic, double[] numeric, List<ComponentResult> worst, int kinks,
                           int checked) {

    /** What a checked tensor is. */
    public enum Kind {
        /** A trainable {@code @Param} tensor. */
        PARAMETER,
        /** An input of the forward pass, whose gradient the backward pass returns. */
        INPUT
    }

    /** Copies the arrays and lists so that the record is immutable. */
    public TensorResult {
        shape = List.copyOf(shape);
        analytic = analytic.clone();
        numeric = numeric.clone();
        worst = List.copyOf(worst);
    }

    /** The analytic gradient, row-major (a copy). */
    @Override
    public double[] analytic() {
        return analytic.clone();
    }

    /** The numeric gradient, row-major (a copy). */
    @Override
    public double[] numeric() {
        return numeric.clone();
    }

    /** The number of components. */
    public int size() {
        return analytic.length;
    }
}
