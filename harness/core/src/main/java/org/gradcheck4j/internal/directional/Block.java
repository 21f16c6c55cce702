package org.gradcheck4j.internal.directional;

/**
 * A rectangle of a tensor seen as a row-major {@code rows × cols} matrix: rows {@code [row0, row1)}
 * and columns {@code [col0, col1)}. A vector is one column. Internal.
 *
 * @param row0 the first row
 * @param row1 one past the last row
 * @param col0 the first column
 * @param col1 one past the last column
 */
record Block(int row0, int row1, int col0, int col1) {

    /** The number of components in the block. */
    long size() {
        return (long) (row1 - row0) * (col1 - col0);
    }

    /** The upper and lower halves by rows. */
    Block[] splitRows() {
        int mid = (row0 + row1) >>> 1;
        return new Block[] {new Block(row0, mid, col0, col1), new Block(mid, row1, col0, col1)};
    }

    /** The left and right halves by columns. */
    Block[] splitColumns() {
        int mid = (col0 + col1) >>> 1;
        return new Block[] {new Block(row0, row1, col0, mid), new Block(row0, row1, mid, col1)};
    }
}
