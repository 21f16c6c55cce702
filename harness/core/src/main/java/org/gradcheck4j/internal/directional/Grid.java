package org.gradcheck4j.internal.directional;

/**
 * A tensor's shape folded to {@code rows × cols}: a matrix as it is, a vector as one column,
 * higher ranks as the first dimension by the product of the others. Internal.
 *
 * @param rows the number of rows
 * @param cols the number of columns
 */
record Grid(int rows, int cols) {

    static Grid of(int[] shape, int size) {
        if (shape.length == 0 || size == 0) {
            return new Grid(size, 1);
        }
        if (shape.length == 1) {
            return new Grid(shape[0], 1);
        }
        return new Grid(shape[0], size / shape[0]);
    }

    /** The whole tensor as one block. */
    Block all() {
        return new Block(0, rows, 0, cols);
    }

    /** The row-major index of row {@code r}, column {@code c}. */
    int index(int r, int c) {
        return r * cols + c;
    }
}
