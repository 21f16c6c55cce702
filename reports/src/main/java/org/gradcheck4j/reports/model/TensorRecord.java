package org.gradcheck4j.reports.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The check of one tensor as stored on disk.
 *
 * <p>The analytic and numeric gradients are kept for heat maps, but only their first
 * {@link #MAX_STORED_COMPONENTS} components: {@link #size()} is the tensor's true size, and
 * {@link #truncated()} says whether the stored values are a prefix of it.
 *
 * @param name the tensor's name, e.g. {@code W}, {@code W[1]} or {@code input x}
 * @param kind {@code PARAMETER} or {@code INPUT}
 * @param shape the dimensions (rows, columns for a matrix)
 * @param size the number of components of the tensor
 * @param relativeError {@code ‖a − n‖₂ / (‖a‖₂ + ‖n‖₂)} for this tensor
 * @param verdict this tensor's verdict
 * @param analytic the analytic gradient, row-major, at most {@link #MAX_STORED_COMPONENTS} values
 * @param numeric the numeric gradient, row-major, as many values as {@code analytic}
 * @param worst the worst components, worst first
 * @param kinks how many components sat on a kink
 * @param checked how many components have a numeric value of their own; in a directional check the
 *                others are NaN in {@code numeric} (not checked, rather than not finite)
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record TensorRecord(String name, String kind, List<Integer> shape, int size, double relativeError,
                           String verdict, List<Double> analytic, List<Double> numeric,
                           List<ComponentRecord> worst, int kinks, int checked) {

    /** The most components per tensor whose values are stored (a 128 × 128 matrix). */
    public static final int MAX_STORED_COMPONENTS = 128 * 128;

    /** Copies the lists and replaces missing values (from older or hand-edited files) by empty ones. */
    public TensorRecord {
        name = name == null ? "" : name;
        kind = kind == null ? "PARAMETER" : kind;
        verdict = verdict == null ? "" : verdict;
        shape = shape == null ? List.of() : List.copyOf(shape);
        analytic = analytic == null ? List.of() : List.copyOf(analytic);
        numeric = numeric == null ? List.of() : List.copyOf(numeric);
        worst = worst == null ? List.of() : List.copyOf(worst);
        if (analytic.size() != numeric.size()) {
            throw new IllegalArgumentException("tensor " + name + ": " + analytic.size() + " analytic but "
                    + numeric.size() + " numeric values");
        }
    }

    /**
     * Creates a record from full gradients, storing at most {@link #MAX_STORED_COMPONENTS} of them.
     *
     * @param analytic the whole analytic gradient. Not modified.
     * @param numeric the whole numeric gradient, same length. Not modified.
     * @return the record
     */
    public static TensorRecord capped(String name, String kind, List<Integer> shape, double relativeError,
                                      String verdict, double[] analytic, double[] numeric,
                                      List<ComponentRecord> worst, int kinks, int checked) {
        return new TensorRecord(name, kind, shape, analytic.length, relativeError, verdict,
                prefix(analytic), prefix(numeric), worst, kinks, checked);
    }

    /** Whether fewer values are stored than the tensor has. */
    public boolean truncated() {
        return analytic.size() < size;
    }

    /** Whether some components were not checked one by one (a directional check). */
    public boolean partial() {
        return checked < size;
    }

    /** Whether this is a matrix: two dimensions, both greater than one. */
    public boolean isMatrix() {
        return shape.size() == 2 && shape.get(0) > 1 && shape.get(1) > 1;
    }

    private static List<Double> prefix(double[] values) {
        int n = Math.min(values.length, MAX_STORED_COMPONENTS);
        List<Double> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(values[i]);
        }
        return list;
    }
}
