package org.gradcheck4j.nd4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradcheck4j.tensor.TensorAdapterContract;
import org.gradcheck4j.tensor.TensorSample;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The examples of docs/nd4j.md, "Row-major indexing", run as written there. */
class RowMajorDocExampleTests {

    @Test
    void flatAccessorsFollowTheArraysOrderCoordinatesDoNot() {
        INDArray w = Nd4j.create(new double[][] {{1, 2, 3}, {4, 5, 6}}).dup('f');
        assertThat(w.getDouble(1L)).isEqualTo(4.0);
        assertThat(w.getDouble(0L, 1L)).isEqualTo(2.0);
        assertThat(new NdArrayAdapter().get(w, 1)).isEqualTo(2.0);
    }

    @Test
    void theContractExampleOfTheDocsPasses() {
        double[][] rows = {{1, 2, 3}, {4, 5, 6}};
        INDArray parent = Nd4j.create(rows).dup('f');
        INDArray view = parent.get(NDArrayIndex.all(), NDArrayIndex.interval(1, 3));
        TensorAdapterContract.verify(new NdArrayAdapter(),
                TensorSample.of(parent, new int[] {2, 3}, 1, 2, 3, 4, 5, 6),
                TensorSample.of(view, new int[] {2, 2}, 2, 3, 5, 6)
                        .readBack(i -> parent.getDouble(i / 2, 1 + i % 2)));
    }
}
