package org.gradcheck4j.tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * The rules of {@link org.gradcheck4j.tensor.TensorAdapterContract}, each checked on one sample: type
 * and shape, row-major order, precision, writes in place and bit-exact restore, zerosLike. An
 * exception thrown by the adapter is a problem like any other. Internal.
 */
final class AdapterContractChecks {

    /** Above this many elements, writes are checked on an evenly spread subset of indices. */
    static final int WRITE_CHECKS = 512;
    /** Up to this many elements, every other element is re-read after each write. */
    static final int FULL_SCAN = 64;
    private static final double MARKER = 0.5;
    private static final double PRECISION_PROBE = 0.1;

    private AdapterContractChecks() {
    }

    /** Every problem the adapter has with this sample; empty if none. */
    static List<String> check(TensorAdapter adapter, TensorSample sample) {
        List<String> problems = new ArrayList<>();
        try {
            if (!typeAndShape(adapter, sample, problems)) {
                return problems;
            }
            if (!rowMajorOrder(adapter, sample, problems)) {
                return problems;
            }
            precision(adapter, sample, problems);
            writesInPlace(adapter, sample, problems);
            zerosLike(adapter, sample, problems);
            restored(adapter, sample, problems);
        } catch (RuntimeException e) {
            problems.add("the adapter threw " + e);
        }
        return problems;
    }

    private static boolean typeAndShape(TensorAdapter adapter, TensorSample sample, List<String> problems) {
        Class<?> type = sample.tensor().getClass();
        if (!adapter.supports(type)) {
            problems.add("supports(" + type.getName() + ") is false");
            return false;
        }
        int[] shape = adapter.shape(sample.tensor());
        if (!Arrays.equals(shape, sample.shape())) {
            problems.add("shape() is " + Arrays.toString(shape) + ", expected " + Arrays.toString(sample.shape()));
            return false;
        }
        return true;
    }

    private static boolean rowMajorOrder(TensorAdapter adapter, TensorSample sample, List<String> problems) {
        double[] expected = sample.rowMajor();
        boolean single = adapter.isSinglePrecision(sample.tensor());
        for (int i = 0; i < expected.length; i++) {
            double got = adapter.get(sample.tensor(), i);
            if (!same(got, expected[i], single)) {
                problems.add("get(" + i + ") is " + got + ", expected " + expected[i] + " (element "
                        + RowMajor.coordinates(sample.shape(), i) + " in row-major order)"
                        + (readsColumnMajor(adapter, sample, single)
                                ? "; the adapter reads column-major (transposed) order: index i must address"
                                        + " the element whose last coordinate varies fastest"
                                : ""));
                return false;
            }
        }
        return true;
    }

    private static boolean readsColumnMajor(TensorAdapter adapter, TensorSample sample, boolean single) {
        int[] shape = sample.shape();
        if (shape.length < 2) {
            return false;
        }
        double[] expected = sample.rowMajor();
        for (int i = 0; i < expected.length; i++) {
            if (!same(adapter.get(sample.tensor(), i), expected[RowMajor.fromColumnMajor(shape, i)], single)) {
                return false;
            }
        }
        return true;
    }

    private static void precision(TensorAdapter adapter, TensorSample sample, List<String> problems) {
        Object t = sample.tensor();
        if (sample.rowMajor().length == 0) {
            return;
        }
        double old = adapter.get(t, 0);
        adapter.set(t, 0, PRECISION_PROBE);
        double stored = adapter.get(t, 0);
        adapter.set(t, 0, old);
        boolean single = adapter.isSinglePrecision(t);
        if (stored == (float) PRECISION_PROBE && stored != PRECISION_PROBE && !single) {
            problems.add("stores single precision (0.1 reads back as " + stored + ") but isSinglePrecision()"
                    + " is false: the check would use a double-precision step and thresholds");
        } else if (stored == PRECISION_PROBE && single) {
            problems.add("stores double precision (0.1 reads back exactly) but isSinglePrecision() is true");
        } else if (stored != PRECISION_PROBE && stored != (float) PRECISION_PROBE) {
            problems.add("set(0, 0.1) then get(0) is " + stored + ": writes are lost or altered");
        }
    }

    private static void writesInPlace(TensorAdapter adapter, TensorSample sample, List<String> problems) {
        int n = sample.rowMajor().length;
        int stride = Math.max(1, n / WRITE_CHECKS);
        for (int i = 0; i < n; i += stride) {
            String problem = writeOne(adapter, sample, i);
            if (problem != null) {
                problems.add(problem);
                return;
            }
        }
    }

    private static String writeOne(TensorAdapter adapter, TensorSample sample, int i) {
        Object t = sample.tensor();
        double old = adapter.get(t, i);
        double marker = old == MARKER ? -MARKER : MARKER;
        adapter.set(t, i, marker);
        try {
            if (adapter.get(t, i) != marker) {
                return "set(" + i + ", " + marker + ") then get(" + i + ") is " + adapter.get(t, i);
            }
            IntToDoubleFunction reader = sample.readBack().orElse(null);
            if (reader != null && reader.applyAsDouble(i) != marker) {
                return "set(" + i + ", " + marker + ") did not reach the tensor's storage: read independently,"
                        + " element " + i + " is " + reader.applyAsDouble(i) + " (a write into a copy?)";
            }
            return othersUntouched(adapter, sample, i);
        } finally {
            adapter.set(t, i, old);
            double back = adapter.get(t, i);
            if (Double.doubleToRawLongBits(back) != Double.doubleToRawLongBits(old)) {
                throw new IllegalStateException("restoring element " + i + " to " + old + " gave " + back);
            }
        }
    }

    private static String othersUntouched(TensorAdapter adapter, TensorSample sample, int i) {
        double[] expected = sample.rowMajor();
        boolean single = adapter.isSinglePrecision(sample.tensor());
        int n = expected.length;
        int from = n <= FULL_SCAN ? 0 : Math.max(0, i - 1);
        int to = n <= FULL_SCAN ? n : Math.min(n, i + 2);
        for (int j = from; j < to; j++) {
            if (j != i && !same(adapter.get(sample.tensor(), j), expected[j], single)) {
                return "set(" + i + ", ...) also changed element " + j;
            }
        }
        return null;
    }

    private static void zerosLike(TensorAdapter adapter, TensorSample sample, List<String> problems) {
        Object t = sample.tensor();
        Object z = adapter.zerosLike(t);
        if (z == t) {
            problems.add("zerosLike returned the tensor itself");
            return;
        }
        if (!adapter.supports(z.getClass()) || !Arrays.equals(adapter.shape(z), sample.shape())) {
            problems.add("zerosLike made a " + z.getClass().getName() + " the adapter does not support"
                    + " or of another shape");
            return;
        }
        int n = sample.rowMajor().length;
        for (int i = 0; i < n; i++) {
            if (adapter.get(z, i) != 0.0) {
                problems.add("zerosLike(...).get(" + i + ") is " + adapter.get(z, i) + ", not 0");
                return;
            }
        }
        if (adapter.isSinglePrecision(z) != adapter.isSinglePrecision(t)) {
            problems.add("zerosLike changed the precision");
        }
        if (n > 0) {
            adapter.set(z, 0, MARKER);
            if (!same(adapter.get(t, 0), sample.rowMajor()[0], adapter.isSinglePrecision(t))) {
                problems.add("zerosLike shares storage with the tensor: writing the zeros changed it");
            }
        }
    }

    private static void restored(TensorAdapter adapter, TensorSample sample, List<String> problems) {
        double[] expected = sample.rowMajor();
        boolean single = adapter.isSinglePrecision(sample.tensor());
        for (int i = 0; i < expected.length; i++) {
            if (!same(adapter.get(sample.tensor(), i), expected[i], single)) {
                problems.add("after the check element " + i + " is " + adapter.get(sample.tensor(), i)
                        + ", not the original " + expected[i]);
                return;
            }
        }
    }

    private static boolean same(double got, double expected, boolean single) {
        return single ? (float) got == (float) expected : got == expected;
    }
}
