package org.gradcheck4j.internal.theta;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** The name of one element of a tensor: {@code W[2,3]}, {@code b[5]}, from its row-major index. */
@API(status = INTERNAL, since = "0.1.0")
public final class ElementNames {

    private ElementNames() {
    }

    /** The element's name: the tensor's name followed by the bracketed indices of element {@code index}. */
    public static String of(String name, int[] shape, int index) {
        if (shape.length == 1) {
            return name + "[" + index + "]";
        }
        if (shape.length == 2) {
            int cols = Math.max(1, shape[1]);
            return name + "[" + index / cols + "," + index % cols + "]";
        }
        return name + indices(shape, index);
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
