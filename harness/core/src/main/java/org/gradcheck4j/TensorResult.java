package org.gradcheck4j;

import static org.apiguardian.api.API.Status.STABLE;

import java.nio.DoubleBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The check of one tensor: a {@code @Param} (one element of a list or array of tensors counts as a
 * tensor of its own) or a differentiated input. A value: immutable, equal to another result with
 * the same name, numbers and arrays (compared by content), and printed without its arrays in full.
 * Read single components with {@link #analytic(int)} and {@link #numeric(int)}, whole arrays without
 * copying through {@link #analyticView()} and {@link #numericView()}.
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

    /** How many values of each array {@link #toString()} prints. */
    private static final int PRINTED = 6;

    /** What a checked tensor is. */
    @API(status = STABLE, since = "0.1.0")
    public enum Kind {
        /** A trainable {@code @Param} tensor. */
        PARAMETER,
        /** An input of the forward pass, whose gradient the backward pass returns. */
        INPUT
    }

    /**
     * Copies the arrays and lists so that the record is immutable.
     *
     * @param name the tensor's name, e.g. {@code W}, {@code W[1]} or {@code input x}
     * @param kind whether this is a parameter or an input
     * @param shape the tensor's dimensions. Not modified.
     * @param relativeError the relative error of this tensor
     * @param verdict this tensor's verdict from the thresholds
     * @param analytic the analytic gradient, row-major. Not modified.
     * @param numeric the numeric gradient, row-major, as long as {@code analytic}. Not modified.
     * @param worst the components with the largest error, worst first. Not modified.
     * @param kinks how many components sat on a kink
     * @param checked how many components have a numeric value of their own
     * @throws IllegalArgumentException when the arrays' lengths differ
     */
    public TensorResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(verdict, "verdict");
        shape = List.copyOf(shape);
        analytic = analytic.clone();
        numeric = numeric.clone();
        worst = List.copyOf(worst);
        if (analytic.length != numeric.length) {
            throw new IllegalArgumentException("analytic has " + analytic.length + " values, numeric "
                    + numeric.length);
        }
    }

    /**
     * The analytic gradient, row-major: a new copy on every call. To read components in a loop use
     * {@link #analytic(int)} or {@link #analyticView()}.
     *
     * @return a copy of the analytic gradient
     */
    @Override
    public double[] analytic() {
        return analytic.clone();
    }

    /**
     * The numeric gradient, row-major: a new copy on every call. To read components in a loop use
     * {@link #numeric(int)} or {@link #numericView()}.
     *
     * @return a copy of the numeric gradient
     */
    @Override
    public double[] numeric() {
        return numeric.clone();
    }

    /**
     * Component {@code i} (row-major) of the analytic gradient, without a copy.
     *
     * @param i the component's row-major index, from 0 to {@link #size()} - 1
     * @return the analytic derivative of component {@code i}
     */
    @API(status = STABLE, since = "0.1.0")
    public double analytic(int i) {
        return analytic[i];
    }

    /**
     * Component {@code i} (row-major) of the numeric gradient (NaN where none was computed), without a copy.
     *
     * @param i the component's row-major index, from 0 to {@link #size()} - 1
     * @return the numeric derivative of component {@code i}, or NaN
     */
    @API(status = STABLE, since = "0.1.0")
    public double numeric(int i) {
        return numeric[i];
    }

    /**
     * A read-only view of the analytic gradient, row-major, made without copying.
     *
     * @return a read-only buffer over the analytic gradient
     */
    @API(status = STABLE, since = "0.1.0")
    public DoubleBuffer analyticView() {
        return DoubleBuffer.wrap(analytic).asReadOnlyBuffer();
    }

    /**
     * A read-only view of the numeric gradient, row-major, made without copying.
     *
     * @return a read-only buffer over the numeric gradient
     */
    @API(status = STABLE, since = "0.1.0")
    public DoubleBuffer numericView() {
        return DoubleBuffer.wrap(numeric).asReadOnlyBuffer();
    }

    /**
     * The number of components.
     *
     * @return the length of the analytic and numeric arrays
     */
    public int size() {
        return analytic.length;
    }

    /** Equal when every component is equal, the arrays compared by content. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TensorResult t && name.equals(t.name) && kind == t.kind && shape.equals(t.shape)
                && Double.compare(relativeError, t.relativeError) == 0 && verdict == t.verdict
                && Arrays.equals(analytic, t.analytic) && Arrays.equals(numeric, t.numeric)
                && worst.equals(t.worst) && kinks == t.kinks && checked == t.checked;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, kind, shape, relativeError, verdict, Arrays.hashCode(analytic),
                Arrays.hashCode(numeric), worst, kinks, checked);
    }

    /** The name, shape, verdict and error, and the first few values of each array. */
    @Override
    public String toString() {
        return "TensorResult[" + name + " " + kind + " " + shape + ", " + verdict + ", relativeError=" + relativeError
                + ", analytic=" + head(analytic) + ", numeric=" + head(numeric) + ", worst=" + worst.size()
                + ", kinks=" + kinks + ", checked=" + checked + "]";
    }

    private static String head(double[] values) {
        if (values.length <= PRINTED) {
            return Arrays.toString(values);
        }
        String shown = Arrays.toString(Arrays.copyOf(values, PRINTED));
        return shown.substring(0, shown.length() - 1) + ", … " + (values.length - PRINTED) + " more]";
    }
}
