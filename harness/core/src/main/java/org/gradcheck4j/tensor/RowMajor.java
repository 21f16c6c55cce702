package org.gradcheck4j.tensor;

import java.util.Arrays;

/** Row-major index arithmetic: the last coordinate varies fastest. Internal. */
final class RowMajor {

    private RowMajor() {
    }

    /** The coordinates of row-major index {@code index} in {@code shape}, e.g. "(1, 2)". */
    static String coordinates(int[] shape, int index) {
        int[] at = new int[shape.length];
        int rest = index;
        for (int d = shape.length - 1; d >= 0; d--) {
            at[d] = rest % shape[d];
            rest /= shape[d];
        }
        String s = Arrays.toString(at);
        return "(" + s.substring(1, s.length() - 1) + ")";
    }

    /** The row-major index of the element that column-major index {@code index} addresses. */
    static int fromColumnMajor(int[] shape, int index) {
        int rest = index;
        int rowMajor = 0;
        int[] at = new int[shape.length];
        for (int d = 0; d < shape.length; d++) {
            at[d] = rest % shape[d];
            rest /= shape[d];
        }
        for (int d = 0; d < shape.length; d++) {
            rowMajor = rowMajor * shape[d] + at[d];
        }
        return rowMajor;
    }
}
