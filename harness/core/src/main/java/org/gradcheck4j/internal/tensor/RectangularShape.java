package org.gradcheck4j.internal.tensor;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/** The shape of a two-dimensional Java array, which must have no null row and not be ragged. */
final class RectangularShape {

    /** How many row lengths a message lists. */
    private static final int SHOWN = 12;

    private RectangularShape() {
    }

    /**
     * {@code {rows, columns}}.
     *
     * @throws IllegalArgumentException naming the null row, or every row's length when they differ
     */
    static int[] of(int rows, IntPredicate rowIsNull, IntUnaryOperator rowLength) {
        for (int r = 0; r < rows; r++) {
            if (rowIsNull.test(r)) {
                throw new IllegalArgumentException("row " + r + " is null");
            }
        }
        int cols = rows == 0 ? 0 : rowLength.applyAsInt(0);
        for (int r = 1; r < rows; r++) {
            if (rowLength.applyAsInt(r) != cols) {
                int[] lengths = new int[Math.min(rows, SHOWN)];
                Arrays.setAll(lengths, rowLength);
                String shown = Arrays.toString(lengths);
                throw new IllegalArgumentException("ragged array (row lengths " + (rows <= SHOWN ? shown
                        : shown.substring(0, shown.length() - 1) + ", … " + (rows - SHOWN) + " more]") + ")");
            }
        }
        return new int[] {rows, cols};
    }
}
