package org.gradcheck4j.tensor;

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

    /** A {@code double[]} adapter with one method overridden by each subclass. */
    static class Vector implements TensorAdapter {
        @Override
        public boolean supports(Class<?> type) {
            return type == double[].class;
        }

        @Override
        public int[] shape(Object tensor) {
            return new int[] {((double[]) tensor).length};
        }

        @Override
        public double get(Object tensor, int index) {
            return ((double[]) tensor)[index];
        }

        @Override
        public void set(Object tensor, int index, double value) {
            ((double[]) tensor)[index] = value;
        }

        @Override
        public Object zerosLike(Object tensor) {
            return new double[((double[]) tensor).length];
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
    static final class FloatClaimingDouble implements TensorAdapter {
        @Override
        public boolean supports(Class<?> type) {
            return type == float[].class;
        }

        @Override
        public int[] shape(Object tensor) {
            return new int[] {((float[]) tensor).length};
        }

        @Override
        public double get(Object tensor, int index) {
            return ((float[]) tensor)[index];
        }

        @Override
        public void set(Object tensor, int index, double value) {
            ((float[]) tensor)[index] = (float) value;
        }

        @Override
        public Object zerosLike(Object tensor) {
            return new float[((float[]) tensor).length];
        }
    }
}
