package org.gradcheck4j.nd4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.gradcheck4j.tensor.TensorAdapterContract;
import org.gradcheck4j.tensor.TensorSample;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The INDArray adapter keeps the TensorAdapter contract in C and F order, on views with offsets and
 * strides, in DOUBLE and FLOAT; the expected contents come from Java arrays, never from ND4J's
 * own flat indexing.
 */
class NdArrayAdapterContractTests {

    private static final double[][] ROWS = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}};
    private static final int[] SHAPE = {3, 4};
    private static final double[] ROW_MAJOR = IntStream.rangeClosed(1, 12).asDoubleStream().toArray();

    private final NdArrayAdapter adapter = new NdArrayAdapter();

    @Test
    void cAndFOrderInDoubleAndFloat() {
        for (DataType type : new DataType[] {DataType.DOUBLE, DataType.FLOAT}) {
            INDArray c = Nd4j.create(ROWS).castTo(type).dup('c');
            INDArray f = Nd4j.create(ROWS).castTo(type).dup('f');
            assertThat(f.ordering()).isEqualTo('f');
            TensorAdapterContract.verify(adapter, TensorSample.of(c, SHAPE, ROW_MAJOR),
                    TensorSample.of(f, SHAPE, ROW_MAJOR));
        }
    }

    @Test
    void viewsWriteIntoTheArrayTheyWereTakenFrom() {
        INDArray parent = Nd4j.create(ROWS).dup('f');
        INDArray lowerRight = parent.get(NDArrayIndex.interval(1, 3), NDArrayIndex.interval(2, 4));
        assertThat(lowerRight.isView()).isTrue();
        TensorAdapterContract.verify(adapter, TensorSample.of(lowerRight, new int[] {2, 2}, 7, 8, 11, 12)
                .readBack(i -> parent.getDouble(1 + i / 2, 2 + i % 2)));
        INDArray column = parent.getColumn(1, true);
        TensorAdapterContract.verify(adapter, TensorSample.of(column, new int[] {3, 1}, 2, 6, 10)
                .readBack(i -> parent.getDouble(i, 1)));
        INDArray transposed = parent.transpose();
        TensorAdapterContract.verify(adapter, TensorSample.of(transposed, new int[] {4, 3},
                1, 5, 9, 2, 6, 10, 3, 7, 11, 4, 8, 12).readBack(i -> parent.getDouble(i % 3, i / 3)));
    }

    @Test
    void vectorsAndThreeDimensionalArrays() {
        TensorAdapterContract.verify(adapter, TensorSample.of(Nd4j.createFromArray(1.0, 2.0, 3.0), new int[] {3},
                1, 2, 3));
        double[][][] cube = {{{1, 2}, {3, 4}, {5, 6}}, {{7, 8}, {9, 10}, {11, 12}}};
        INDArray f = Nd4j.create(cube).dup('f');
        TensorAdapterContract.verify(adapter, TensorSample.of(f, new int[] {2, 3, 2}, ROW_MAJOR));
    }

    @Test
    void aNaiveAdapterUsingNd4jFlatIndexingBreaksTheContractOnColumnMajorArrays() {
        INDArray f = Nd4j.create(ROWS).dup('f');
        assertThat(TensorAdapterContract.problems(new FlatIndexAdapter(), TensorSample.of(f, SHAPE, ROW_MAJOR)))
                .singleElement().asString().contains("column-major (transposed)");
        assertThat(TensorAdapterContract.problems(new FlatIndexAdapter(),
                TensorSample.of(Nd4j.create(ROWS), SHAPE, ROW_MAJOR))).isEmpty();
    }

    @Test
    void integerArraysAreRefusedWithTheFix() {
        INDArray ints = Nd4j.createFromArray(1, 2, 3);
        assertThat(TensorAdapterContract.problems(adapter, TensorSample.of(ints, new int[] {3}, 1, 2, 3)))
                .singleElement().asString().contains("data type INT").contains("castTo(DataType.DOUBLE)");
    }

    /** The first adapter a new user writes: ND4J's flat getDouble(long), which follows the array's order. */
    static final class FlatIndexAdapter implements org.gradcheck4j.tensor.TensorAdapter {
        @Override
        public boolean supports(Class<?> type) {
            return INDArray.class.isAssignableFrom(type);
        }

        @Override
        public int[] shape(Object tensor) {
            return java.util.Arrays.stream(((INDArray) tensor).shape()).mapToInt(Math::toIntExact).toArray();
        }

        @Override
        public double get(Object tensor, int index) {
            return ((INDArray) tensor).getDouble((long) index);
        }

        @Override
        public void set(Object tensor, int index, double value) {
            ((INDArray) tensor).putScalar((long) index, value);
        }

        @Override
        public Object zerosLike(Object tensor) {
            return Nd4j.zeros(((INDArray) tensor).shape());
        }
    }
}
