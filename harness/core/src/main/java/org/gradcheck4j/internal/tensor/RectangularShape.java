package org.gradcheck4j.internal.tensor;

/** The shape of a two-dimensional Java array, which must not be ragged. */
final class RectangularShape {

    private RectangularShape() {
    }

    static int[] of(int rows, java.util.function.IntUnaryOperator rowLength) {
        int cols = rows == 0 ? 0 : rowLength.applyAsInt(0);
        for (int r = 1; r < rows; r++) {
            if (rowLength.applyAsInt(r) != cols) {
                throw new IllegalArgumentException("ragged array: row 0 has " + cols + " columns but row " + r
                        + " has " + rowLength.applyAsInt(r));
            }
        }
        return new int[] {rows, cols};
    }
}
