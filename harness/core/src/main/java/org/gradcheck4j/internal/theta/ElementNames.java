package org.gradcheck4j.internal.theta;

/** Turns a row-major index into the index suffix of an element name: {@code [2,3]} or {@code [5]}. */
public final class ElementNames {

    private ElementNames() {
    }

    /** The bracketed indices of element {@code index} of a tensor of the given shape. */
    public static String indices(int[] shape, int index) {
        int[] idx = new int[shape.length];
        int rest = index;
        for (int d = shape.length - 1; d >= 0; d--) {
            int extent = Math.max(1, shape[d]);
            idx[d] = rest % extent;
            rest /= extent;
        }
        StringBuilder sb = new StringBuilder("[");
        for (int d = 0; d < idx.length; d++) {
            sb.append(d == 0 ? "" : ",").append(idx[d]);
        }
        return sb.append(']').toString();
    }
}
