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
        if (tensor.truncated()) {
            notes.add("only the first " + stored + " of " + tensor.size() + " components were stored");
        }
        return new HeatMap(tensor.name(), tensor.name() + " (" + shape + ")", Svg.px(nCols * size + 1),
                Svg.px(nRows * size + 1), cells, String.join("; ", notes));
    }

    private static Cell cell(TensorRecord t, double[] error, ThresholdRecord thresholds, int cols, int r0, int c0,
                             int blockRows, int blockCols, int rows, double size, int br, int bc) {
        int worst = -1;
        for (int r = r0; r < Math.min(rows, r0 + blockRows); r++) {
            for (int c = c0; c < Math.min(cols, c0 + blockCols); c++) {
                int i = r * cols + c;
                if (i < error.length && (worst < 0 || !(error[i] <= error[worst]))) {
                    worst = i;
                }
            }
        }
        String fill = Svg.fill("pass");
        String title = t.name() + ": no stored values";
        if (worst >= 0) {
            String verdict = Verdicts.classify(error[worst], thresholds);
            fill = Svg.fill(Verdicts.cssClass(verdict));
            title = describe(t, worst, cols, error[worst], verdict)
                    + (blockRows * blockCols > 1 ? " (worst of rows " + r0 + "–" + (Math.min(rows, r0 + blockRows) - 1)
                    + ", columns " + c0 + "–" + (Math.min(cols, c0 + blockCols) - 1) + ")" : "");
        }
        return new Cell(Svg.px(bc * size), Svg.px(br * size), Svg.px(size - 1), fill, title);
    }

    private static String describe(TensorRecord t, int i, int cols, double error, String verdict) {
        String index = t.shape().size() == 2 ? (i / cols) + "," + (i % cols) : String.valueOf(i);
        return t.name() + "[" + index + "]: analytic " + Numbers.format(t.analytic().get(i))
                + ", numeric " + Numbers.format(t.numeric().get(i)) + ", scaled error " + Numbers.format(error)
                + " (" + verdict + ")";
    }

    private static int columns(TensorRecord tensor) {
        List<Integer> shape = tensor.shape();
        if (shape.size() >= 2 && shape.get(0) > 0) {
            return Math.max(1, tensor.size() / shape.get(0));
        }
        return Math.max(1, tensor.analytic().size());
    }

    static double[] scaledErrors(TensorRecord t) {
        int n = t.analytic().size();
        double normA = 0;
        double normN = 0;
        for (int i = 0; i < n; i++) {
            normA += t.analytic().get(i) * t.analytic().get(i);
            normN += t.numeric().get(i) * t.numeric().get(i);
        }
        double rms = (Math.sqrt(normA) + Math.sqrt(normN)) / Math.sqrt(Math.max(1, n));
        double[] error = new double[n];
        for (int i = 0; i < n; i++) {
            double diff = Math.abs(t.analytic().get(i) - t.numeric().get(i));
            error[i] = rms == 0 ? (diff == 0 ? 0 : Double.NaN) : diff / rms;
        }
        return error;
    }
}
