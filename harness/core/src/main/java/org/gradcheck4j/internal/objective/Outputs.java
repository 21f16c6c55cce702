package org.gradcheck4j.internal.objective;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.gradcheck4j.annotation.Tensors;
import org.gradcheck4j.internal.model.LayerModel;
import org.gradcheck4j.internal.tensor.BulkCopy;
import org.gradcheck4j.internal.tensor.TensorAdapters;
import org.gradcheck4j.tensor.TensorAdapter;

/**
 * The outputs of a forward pass seen as one row-major vector, output after output, so that
 * {@code J = Σ_k Σ R_k ⊙ y_k} is one dot product with one R: its slices are the dJ/dy_k given to
 * backward. Laid out from the first forward pass; a later pass whose outputs differ in number or
 * size is reported. Internal.
 */
final class Outputs {

    private final TensorAdapter[] adapters;
    private final int[] sizes;
    private final int total;

    private Outputs(TensorAdapter[] adapters, int[] sizes) {
        this.adapters = adapters;
        this.sizes = sizes;
        this.total = Arrays.stream(sizes).sum();
    }

    /**
     * The tensors in a value that holds one or several: the value itself when it is a tensor, else
     * the elements of a {@link Tensors}, a {@code List} or an object array.
     */
    static List<Object> unpack(Object value) {
        if (value == null || TensorAdapters.forType(value.getClass()).isPresent()) {
            return Collections.singletonList(value);
        }
        if (value instanceof Tensors t) {
            return t.asList();
        }
        if (value instanceof List<?> list) {
            return Collections.unmodifiableList(list);
        }
        if (value instanceof Object[] array) {
            return Arrays.asList(array);
        }
        return Collections.singletonList(value);
    }

    /** The layout of {@code ys}, the outputs of the first forward pass. */
    static Outputs of(LayerModel model, Object layer, List<Object> ys) {
        TensorAdapter[] adapters = new TensorAdapter[ys.size()];
        int[] sizes = new int[ys.size()];
        for (int k = 0; k < ys.size(); k++) {
            Object y = ys.get(k);
            String which = ys.size() == 1 ? "" : " output " + k + " that";
            if (y == null) {
                throw new LayerFailure(Invoker.describe(model.forward(), layer),
                        new NullPointerException("@Forward returned" + which + " null"));
            }
            String member = "@Forward method " + model.forward().getName();
            adapters[k] = TensorAdapters.forType(y.getClass()).orElseThrow(() -> new MalformedTensor(member,
                    "returned a" + which + " " + y.getClass().getTypeName() + ", a tensor type nobody understands",
                    "return one of " + TensorAdapters.supportedTypes() + ", or Tensors.of(y1, y2, …) for several outputs"));
            sizes[k] = size(Shapes.of(adapters[k], y, member, "as its output" + (ys.size() == 1 ? "" : " " + k)));
        }
        return new Outputs(adapters, sizes);
    }

    int total() {
        return total;
    }

    int count() {
        return sizes.length;
    }

    int size(int k) {
        return sizes[k];
    }

    /** Throws {@link NotFinite} when {@code ys} does not have this layout's number and sizes of outputs. */
    void check(List<Object> ys) {
        if (ys.size() != sizes.length) {
            throw new NotFinite("@Forward returned " + ys.size() + " outputs after " + sizes.length
                    + " in an earlier call");
        }
        for (int k = 0; k < sizes.length; k++) {
            Object y = ys.get(k);
            int n = y == null || !adapters[k].supports(y.getClass()) ? -1 : size(adapters[k].shape(y));
            if (n != sizes[k]) {
                throw new NotFinite("the output" + (sizes.length == 1 ? "" : " " + k) + " of @Forward changed size from "
                        + sizes[k] + " to " + n + " elements between two calls");
            }
        }
    }

    /** {@code Σ r_i y_i} over the outputs, row-major, one after another. */
    double dot(double[] r, List<Object> ys) {
        double j = 0;
        int offset = 0;
        for (int k = 0; k < sizes.length; k++) {
            Object y = ys.get(k);
            for (int i = 0; i < sizes[k]; i++) {
                j += r[offset + i] * adapters[k].get(y, i);
            }
            offset += sizes[k];
        }
        return j;
    }

    /** The outputs' values, row-major, one after another. */
    double[] values(List<Object> ys) {
        double[] v = new double[total];
        int offset = 0;
        for (int k = 0; k < sizes.length; k++) {
            double[] part = new double[sizes[k]];
            BulkCopy.read(adapters[k], ys.get(k), part);
            System.arraycopy(part, 0, v, offset, sizes[k]);
            offset += sizes[k];
        }
        return v;
    }

    /** One dJ/dy_k per output, shaped like it, holding the slices of {@code values}. */
    Object[] upstream(List<Object> ys, double[] values) {
        Object[] dys = new Object[sizes.length];
        int offset = 0;
        for (int k = 0; k < sizes.length; k++) {
            dys[k] = adapters[k].zerosLike(ys.get(k));
            BulkCopy.write(adapters[k], dys[k], Arrays.copyOfRange(values, offset, offset + sizes[k]));
            offset += sizes[k];
        }
        return dys;
    }

    private static int size(int[] shape) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }
}
