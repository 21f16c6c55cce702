package org.gradcheck4j.internal.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.ejml.data.DMatrixRMaj;
import org.gradcheck4j.tensor.TensorAdapter;
import org.junit.jupiter.api.Test;

/** Whole-tensor copies agree with the adapter element by element, and only built-in layouts are taken directly. */
class BulkCopyTests {

    /** A user adapter for double[][] that stores column-major: its layout must win over any shortcut. */
    static final class ColumnMajor implements TensorAdapter {
        @Override
        public boolean supports(Class<?> type) {
            return type == double[][].class;
        }

        @Override
        public int[] shape(Object tensor) {
            double[][] a = (double[][]) tensor;
            return new int[] {a[0].length, a.length};
        }

        @Override
        public double get(Object tensor, int index) {
            double[][] a = (double[][]) tensor;
            return a[index % a.length][index / a.length];
        }

        @Override
        public void set(Object tensor, int index, double value) {
            double[][] a = (double[][]) tensor;
            a[index % a.length][index / a.length] = value;
        }

        @Override
        public Object zerosLike(Object tensor) {
            double[][] a = (double[][]) tensor;
            return new double[a.length][a[0].length];
        }
    }

    @Test
    void readsAndWritesEveryBuiltInLayoutAsItsAdapterDoes() {
        assertRoundTrip(new DoubleVectorAdapter(), new double[] {1, -2, 3.5}, 3);
        assertRoundTrip(new DoubleMatrixAdapter(), new double[][] {{1, 2, 3}, {-4, 5, 6e-300}}, 6);
        assertRoundTrip(new DMatrixRMajAdapter(), new DMatrixRMaj(2, 2, true, 1, -0.0, 3, 4), 4);
        DMatrixRMaj roomy = new DMatrixRMaj(2, 2, true, 1, 2, 3, 4);
        roomy.data = new double[] {1, 2, 3, 4, 99, 98};
        assertRoundTrip(new DMatrixRMajAdapter(), roomy, 4);
        assertThat(roomy.data[4]).isEqualTo(99);
    }

    @Test
    void backingRowsAreTheTensorsOwnArraysOnlyForBuiltInAdaptersAndExactSizes() {
        double[][] m = {{1, 2}, {3, 4}};
        assertSame(m, BackingRows.of(new DoubleMatrixAdapter(), m, 4));
        assertNull(BackingRows.of(new ColumnMajor(), m, 4));
        assertNull(BackingRows.of(new DoubleMatrixAdapter(), new double[][] {{1, 2}, {3}}, 3));
        assertNull(BackingRows.of(new DoubleVectorAdapter(), new double[] {1, 2}, 3));
        DMatrixRMaj roomy = new DMatrixRMaj(1, 2);
        roomy.data = new double[4];
        assertNull(BackingRows.of(new DMatrixRMajAdapter(), roomy, 2));
    }

    @Test
    void aUserAdaptersLayoutIsFollowed() {
        double[][] m = {{1, 2, 3}, {4, 5, 6}};
        double[] read = new double[6];
        BulkCopy.read(new ColumnMajor(), m, read);
        assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, read);
        BulkCopy.write(new ColumnMajor(), m, new double[] {10, 40, 20, 50, 30, 60});
        assertArrayEquals(new double[][] {{10, 20, 30}, {40, 50, 60}}, m);
    }

    private static void assertRoundTrip(TensorAdapter adapter, Object tensor, int size) {
        double[] expected = new double[size];
        for (int i = 0; i < size; i++) {
            expected[i] = adapter.get(tensor, i);
        }
        double[] read = new double[size];
        BulkCopy.read(adapter, tensor, read);
        assertArrayEquals(expected, read);
        double[] changed = new double[size];
        for (int i = 0; i < size; i++) {
            changed[i] = 10 * i - 0.25;
        }
        BulkCopy.write(adapter, tensor, changed);
        for (int i = 0; i < size; i++) {
            assertThat(adapter.get(tensor, i)).isEqualTo(changed[i]);
        }
    }
}
