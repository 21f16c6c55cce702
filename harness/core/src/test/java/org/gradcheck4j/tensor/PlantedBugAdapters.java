package org.gradcheck4j.tensor;

import org.gradcheck4j.internal.tensor.TensorAdapters;

/** Adapters of {@code double[]}, {@code double[][]} and {@code float[]} with one planted bug each. */
final class PlantedBugAdapters {

    private PlantedBugAdapters() {
    }

    /** Reads and writes {@code double[][]} column by column: the transposed layout. */
    static final class ColumnMajor implements TensorAdapter {
        @Override
        public boolean supports(Class<?> type) {
            return type == double[][].class;
        }

        @Override
        public int[] shape(Object tensor) {
            double[][] a = (double[][]) tensor;
            return new int[] {a.length, a[0].length};
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

    /** The built-in adapter of {@code delegate}'s type, with one method overridden by each subclass. */
    static class Delegating implements TensorAdapter {
        private final TensorAdapter delegate;

        Delegating(Object sample) {
            this.delegate = TensorAdapters.forType(sample.getClass()).orElseThrow();
        }

        @Override
        public boolean supports(Class<?> type) {
            return delegate.supports(type);
        }

        @Override
        public int[] shape(Object tensor) {
            return delegate.shape(tensor);
        }

        @Override
        public double get(Object tensor, int index) {
            return delegate.get(tensor, index);
        }

        @Override
        public void set(Object tensor, int index, double value) {
            delegate.set(tensor, index, value);
        }

        @Override
        public Object zerosLike(Object tensor) {
            return delegate.zerosLike(tensor);
        }

        @Override
        public boolean isSinglePrecision(Object tensor) {
            return delegate.isSinglePrecision(tensor);
        }
    }

    /** A {@code double[]} adapter. */
    static class Vector extends Delegating {
        Vector() {
            super(new double[0]);
        }
    }

    /** Writes element {@code i + 1} (wrapping) instead of {@code i}. */
    static final class WritesNeighbour extends Vector {
        @Override
        public void set(Object tensor, int index, double value) {
            double[] a = (double[]) tensor;
            a[(index + 1) % a.length] = value;
        }
    }

    /** Returns the tensor itself as its zeros. */
    static final class ZerosShareStorage extends Vector {
        @Override
        public Object zerosLike(Object tensor) {
            return tensor;
        }
    }

    /** Fails on every read. */
    static final class Throwing extends Vector {
        @Override
        public double get(Object tensor, int index) {
            throw new UnsupportedOperationException("no reads");
        }
    }

    /** Keeps a private copy of each {@code double[][]} and writes there. */
    static final class WritesIntoCopy implements TensorAdapter {
        private final java.util.Map<Object, double[]> copies = new java.util.IdentityHashMap<>();

        @Override
        public boolean supports(Class<?> type) {
            return type == double[][].class;
        }

        @Override
        public int[] shape(Object tensor) {
            double[][] a = (double[][]) tensor;
            return new int[] {a.length, a[0].length};
        }

        private double[] copy(Object tensor) {
            return copies.computeIfAbsent(tensor, t -> {
                double[][] a = (double[][]) t;
                return java.util.Arrays.stream(a).flatMapToDouble(java.util.Arrays::stream).toArray();
            });
        }

        @Override
        public double get(Object tensor, int index) {
            return copy(tensor)[index];
        }

        @Override
        public void set(Object tensor, int index, double value) {
            copy(tensor)[index] = value;
        }

        @Override
        public Object zerosLike(Object tensor) {
            double[][] a = (double[][]) tensor;
            return new double[a.length][a[0].length];
        }
    }

    /** Stores floats but says it stores doubles. */
    static final class FloatClaimingDouble extends Delegating {
        FloatClaimingDouble() {
            super(new float[0]);
        }

        @Override
        public boolean isSinglePrecision(Object tensor) {
            return false;
        }
    }
}
