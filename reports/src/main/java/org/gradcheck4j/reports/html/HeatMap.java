package org.gradcheck4j.reports.html;

import java.util.ArrayList;
import java.util.List;
import org.gradcheck4j.reports.model.TensorRecord;
import org.gradcheck4j.reports.model.ThresholdRecord;
import org.gradcheck4j.reports.model.Verdicts;

/**
 * A heat map of per-component error for one tensor, one {@code <rect>} per component (or per block
 * of components for large tensors, showing the block's largest error), each with a {@code <title>}.
 *
 * <p>A component's error is {@code |a_i − n_i| / ((‖a‖₂ + ‖n‖₂) / √N)}: its absolute error against
 * the tensor's root-mean-square size, so that the root mean square of the map is the tensor's
 * relative error and the colours use the same three thresholds. A wrong row, column or element
 * stands out; components that are both nearly zero do not.
 */
record HeatMap(String name, String caption, String width, String height, List<Cell> cells, String note) {

    record Cell(String x, String y, String size, String fill, String title) {
    }

    /** The largest number of blocks along either side. */
    static final int MAX_BLOCKS = 48;
    private static final double MAX_WIDTH = 520;
    private static final double MAX_HEIGHT = 360;

    static HeatMap of(TensorRecord tensor, ThresholdRecord thresholds) {
        int stored = tensor.analytic().size();
        int cols = columns(tensor);
        int rows = (stored + cols - 1) / cols;
        double[] error = scaledErrors(tensor);
        int blockRows = (rows + MAX_BLOCKS - 1) / MAX_BLOCKS;
        int blockCols = (cols + MAX_BLOCKS - 1) / MAX_BLOCKS;
        int nRows = (rows + blockRows - 1) / blockRows;
        int nCols = (cols + blockCols - 1) / blockCols;
        double size = Math.max(6, Math.min(28, Math.floor(Math.min(MAX_WIDTH / nCols, MAX_HEIGHT / nRows))));
        List<Cell> cells = new ArrayList<>();
        for (int br = 0; br < nRows; br++) {
            for (int bc = 0; bc < nCols; bc++) {
                cells.add(cell(tensor, error, thresholds, cols, br * blockRows, bc * blockCols,
                        blockRows, blockCols, rows, size, br, bc));
            }
        }
        String shape = tensor.shape().stream().map(String::valueOf).reduce((a, b) -> a + " × " + b).orElse("?");
        List<String> notes = new ArrayList<>();
        if (blockRows > 1 || blockCols > 1) {
            notes.add("each cell is a block of " + blockRows + " × " + blockCols + " components showing its largest error");
        }
        if (tensor.partial()) {
            notes.add(tensor.checked() + " of " + tensor.size() + " components checked one by one (directional check)");
        }
        if (tensor.truncated()) {
            notes.add("only the first " + stored + " of " + tensor.size() + " components were stored");
        }
        return new HeatMap(tensor.name(), tensor.name() + " (" + shape + ")", Svg.px(nCols * size + 1),
                Svg.px(nRows * size + 1), cells, String.join("; ", notes));
    }

    /** Scores of components that have no error value of their own. */
    static final double NOT_CHECKED = -1;
    static final double NOT_FINITE = Double.POSITIVE_INFINITY;
    private static final String NOT_CHECKED_FILL = "#eeeeee";

    private static Cell cell(TensorRecord t, double[] error, ThresholdRecord thresholds, int cols, int r0, int c0,
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
        String title = t.name() + ": no stored values";
        if (worst >= 0) {
            double e = error[worst];
            String verdict = e == NOT_CHECKED ? "not checked one by one" : e == NOT_FINITE ? "NOT_FINITE"
                    : Verdicts.classify(e, thresholds);
            fill = e == NOT_CHECKED ? NOT_CHECKED_FILL : Svg.fill(Verdicts.cssClass(verdict));
            title = describe(t, worst, cols, e, verdict)
                    + (blockRows * blockCols > 1 ? " (worst of rows " + r0 + "–" + (Math.min(rows, r0 + blockRows) - 1)
                    + ", columns " + c0 + "–" + (Math.min(cols, c0 + blockCols) - 1) + ")" : "");
        }
        return new Cell(Svg.px(bc * size), Svg.px(br * size), Svg.px(size - 1), fill, title);
    }

    private static String describe(TensorRecord t, int i, int cols, double error, String verdict) {
        String index = t.shape().size() == 2 ? (i / cols) + "," + (i % cols) : String.valueOf(i);
        String head = t.name() + "[" + index + "]: analytic " + Numbers.format(t.analytic().get(i));
        if (error == NOT_CHECKED) {
            return head + ", " + verdict + " (directional check)";
        }
        return head + ", numeric " + Numbers.format(t.numeric().get(i))
                + (error == NOT_FINITE ? "" : ", scaled error " + Numbers.format(error)) + " (" + verdict + ")";
    }

    private static int columns(TensorRecord tensor) {
        List<Integer> shape = tensor.shape();
        if (shape.size() >= 2 && shape.get(0) > 0) {
            return Math.max(1, tensor.size() / shape.get(0));
        }
        return Math.max(1, tensor.analytic().size());
    }

    /**
     * Each component's scaled error; {@link #NOT_CHECKED} for a component a directional check did
     * not estimate, {@link #NOT_FINITE} for NaN or infinite values.
     */
    static double[] scaledErrors(TensorRecord t) {
        int n = t.analytic().size();
        double normA = 0;
        double normN = 0;
        int counted = 0;
        for (int i = 0; i < n; i++) {
            double a = t.analytic().get(i);
            double num = t.numeric().get(i);
            if (Double.isFinite(a) && Double.isFinite(num)) {
                normA += a * a;
                normN += num * num;
                counted++;
            }
        }
        double rms = (Math.sqrt(normA) + Math.sqrt(normN)) / Math.sqrt(Math.max(1, counted));
        double[] error = new double[n];
        for (int i = 0; i < n; i++) {
            double a = t.analytic().get(i);
            double num = t.numeric().get(i);
            if (t.partial() && Double.isNaN(num) && Double.isFinite(a)) {
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
