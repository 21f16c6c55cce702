package org.gradcheck4j.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Thresholds;

/**
 * A heat map of per-component error for one tensor, one {@code <rect>} per component (or per block
 * of components for large tensors, showing the block's largest error), each with a {@code <title>}.
 *
 * <p>A component's error is {@code |a_i − n_i| / ((‖a‖₂ + ‖n‖₂) / √N)}: its absolute error against
 * the tensor's root-mean-square size, so that the root mean square of the map is the tensor's
 * relative error and the colours use the same three thresholds. A wrong row, column or element
 * stands out; components that are both nearly zero do not. A component that the check could not
 * judge (below the resolution of finite differences) is drawn hatched, whatever its error.
 */
record HeatMap(String name, String caption, String width, String height, List<Cell> cells, String note) {

    record Cell(String x, String y, String size, String fill, String title) {
    }

    /** The largest number of blocks along either side. */
    static final int MAX_BLOCKS = 48;
    private static final double MAX_WIDTH = 520;
    private static final double MAX_HEIGHT = 360;

    static HeatMap of(TensorResult tensor, Thresholds thresholds, Set<String> unjudged) {
        Values v = new Values(tensor, unjudged);
        int stored = v.analytic.length;
        int cols = columns(tensor, v);
        int rows = (stored + cols - 1) / cols;
        double[] error = scaledErrors(v);
        int blockRows = (rows + MAX_BLOCKS - 1) / MAX_BLOCKS;
        int blockCols = (cols + MAX_BLOCKS - 1) / MAX_BLOCKS;
        int nRows = (rows + blockRows - 1) / blockRows;
        int nCols = (cols + blockCols - 1) / blockCols;
        double size = Math.max(6, Math.min(28, Math.floor(Math.min(MAX_WIDTH / nCols, MAX_HEIGHT / nRows))));
        List<Cell> cells = new ArrayList<>();
        for (int br = 0; br < nRows; br++) {
            for (int bc = 0; bc < nCols; bc++) {
                cells.add(cell(v, error, thresholds, cols, br * blockRows, bc * blockCols,
                        blockRows, blockCols, rows, size, br, bc));
            }
        }
        String shape = tensor.shape().stream().map(String::valueOf).reduce((a, b) -> a + " × " + b).orElse("?");
        List<String> notes = new ArrayList<>();
        if (blockRows > 1 || blockCols > 1) {
            notes.add("each cell is a block of " + blockRows + " × " + blockCols + " components showing its largest error");
        }
        if (tensor.checked() < v.size) {
            notes.add(tensor.checked() + " of " + v.size + " components checked one by one (directional or sampled check)");
        }
        if (stored < v.size) {
            notes.add("only the first " + stored + " of " + v.size + " components were stored");
        }
        long notJudged = java.util.Arrays.stream(error).filter(e -> e == UNJUDGED).count();
        if (notJudged > 0) {
            notes.add(notJudged + " hatched component(s) below the resolution of finite differences: not judged");
        }
        return new HeatMap(tensor.name(), tensor.name() + " (" + shape + ")", Svg.px(nCols * size + 1),
                Svg.px(nRows * size + 1), cells, String.join("; ", notes));
    }

    /** Scores of components that have no error value of their own. */
    static final double NOT_CHECKED = -1;
    static final double NOT_FINITE = Double.POSITIVE_INFINITY;
    static final double UNJUDGED = -2;
    private static final String NOT_CHECKED_FILL = "#eeeeee";
    private static final String UNJUDGED_FILL = "url(#unjudged)";

    /** A tensor's values read once, with the names of its components that could not be judged. */
    record Values(TensorResult tensor, double[] analytic, double[] numeric, int size, Set<String> unjudged) {
        Values(TensorResult tensor, Set<String> unjudged) {
            this(tensor, tensor.analytic(), tensor.numeric(),
                    tensor.shape().stream().reduce(1, (a, b) -> a * b), unjudged);
        }

        String name(int i, int cols) {
            return tensor.name() + "[" + (tensor.shape().size() == 2 ? (i / cols) + "," + (i % cols) : String.valueOf(i)) + "]";
        }
    }

    private static Cell cell(Values t, double[] error, Thresholds thresholds, int cols, int r0, int c0,
                             int blockRows, int blockCols, int rows, double size, int br, int bc) {
        int worst = -1;
        for (int r = r0; r < Math.min(rows, r0 + blockRows); r++) {
            for (int c = c0; c < Math.min(cols, c0 + blockCols); c++) {
                int i = r * cols + c;
                if (i < error.length && (worst < 0 || error[i] > error[worst])) {
                    worst = i;
                }
            }
        }
        String fill = NOT_CHECKED_FILL;
        String title = t.tensor().name() + ": no stored values";
        if (worst >= 0) {
            double e = error[worst];
            String verdict = e == NOT_CHECKED ? "not checked one by one" : e == NOT_FINITE ? "NOT_FINITE"
                    : e == UNJUDGED ? "not judged: below the resolution of finite differences"
                    : thresholds.classify(e).name();
            fill = e == NOT_CHECKED ? NOT_CHECKED_FILL : e == UNJUDGED ? UNJUDGED_FILL
                    : Svg.fill(e == NOT_FINITE ? "error" : VerdictStyle.css(thresholds.classify(e)));
            title = describe(t, worst, cols, e, verdict)
                    + (blockRows * blockCols > 1 ? " (worst of rows " + r0 + "–" + (Math.min(rows, r0 + blockRows) - 1)
                    + ", columns " + c0 + "–" + (Math.min(cols, c0 + blockCols) - 1) + ")" : "");
        }
        return new Cell(Svg.px(bc * size), Svg.px(br * size), Svg.px(size - 1), fill, title);
    }

    private static String describe(Values t, int i, int cols, double error, String verdict) {
        String head = t.name(i, cols) + ": analytic " + Numbers.format(t.analytic[i]);
        if (error == NOT_CHECKED) {
            return head + ", " + verdict + " (directional or sampled check)";
        }
        return head + ", numeric " + Numbers.format(t.numeric[i])
                + (error == NOT_FINITE || error == UNJUDGED ? "" : ", scaled error " + Numbers.format(error))
                + " (" + verdict + ")";
    }

    private static int columns(TensorResult tensor, Values v) {
        List<Integer> shape = tensor.shape();
        if (shape.size() >= 2 && shape.get(0) > 0) {
            return Math.max(1, v.size / shape.get(0));
        }
        return Math.max(1, v.analytic.length);
    }

    /**
     * Each component's scaled error; {@link #NOT_CHECKED} for a component a directional check did
     * not estimate, {@link #NOT_FINITE} for NaN or infinite values, {@link #UNJUDGED} for a
     * component the check could not judge.
     */
    static double[] scaledErrors(Values t) {
        int n = t.analytic.length;
        int cols = columns(t.tensor(), t);
        boolean partial = t.tensor().checked() < t.size;
        double normA = 0;
        double normN = 0;
        int counted = 0;
        for (int i = 0; i < n; i++) {
            double a = t.analytic[i];
            double num = t.numeric[i];
            if (Double.isFinite(a) && Double.isFinite(num)) {
                normA += a * a;
                normN += num * num;
                counted++;
            }
        }
        double rms = (Math.sqrt(normA) + Math.sqrt(normN)) / Math.sqrt(Math.max(1, counted));
        double[] error = new double[n];
        for (int i = 0; i < n; i++) {
            double a = t.analytic[i];
            double num = t.numeric[i];
            if (t.unjudged().contains(t.name(i, cols))) {
                error[i] = UNJUDGED;
            } else if (partial && Double.isNaN(num) && Double.isFinite(a)) {
                error[i] = NOT_CHECKED;
            } else if (!Double.isFinite(a) || !Double.isFinite(num)) {
                error[i] = NOT_FINITE;
            } else {
                double diff = Math.abs(a - num);
                error[i] = rms == 0 ? 0 : diff / rms;
            }
        }
        return error;
    }
}
