package org.gradcheck4j.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.gradcheck4j.internal.tensor.TensorAdapters;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Every built-in adapter keeps the contract, and adapters with planted bugs are caught, each by its rule. */
class TensorAdapterContractTests {

    private static final int[] TWO_BY_THREE = {2, 3};
    private static final double[] VALUES = {1, 2, 3, 4, 5, 6};

    private static TensorAdapter adapterFor(Object tensor) {
        return TensorAdapters.forType(tensor.getClass()).orElseThrow();
    }

    private static void verifyBuiltIn(Object tensor, int[] shape, double... values) {
        TensorAdapterContract.verify(adapterFor(tensor), TensorSample.of(tensor, shape, values));
    }

    @Test
    void everyBuiltInAdapterKeepsTheContract() {
        verifyBuiltIn(new double[] {1, 2, 3}, new int[] {3}, 1, 2, 3);
        verifyBuiltIn(new float[] {1.5f, -2, 3}, new int[] {3}, 1.5, -2, 3);
        verifyBuiltIn(new double[][] {{1, 2, 3}, {4, 5, 6}}, TWO_BY_THREE, VALUES);
        verifyBuiltIn(new float[][] {{1, 2, 3}, {4, 5, 6}}, TWO_BY_THREE, VALUES);
        verifyBuiltIn(new DMatrixRMaj(new double[][] {{1, 2, 3}, {4, 5, 6}}), TWO_BY_THREE, VALUES);
        verifyBuiltIn(new FMatrixRMaj(new float[][] {{1, 2, 3}, {4, 5, 6}}), TWO_BY_THREE, VALUES);
    }

    @Test
    void largeTensorsAreCheckedOnASpreadOfIndices() {
        double[] big = new double[5000];
        for (int i = 0; i < big.length; i++) {
            big[i] = i * 0.25;
        }
        verifyBuiltIn(big.clone(), new int[] {5000}, big);
    }

    @Test
    void anAdapterReadingColumnMajorIsToldItIsTransposed() {
        List<String> problems = TensorAdapterContract.problems(new PlantedBugAdapters.ColumnMajor(),
                TensorSample.of(new double[][] {{1, 2, 3}, {4, 5, 6}}, TWO_BY_THREE, VALUES));
        assertThat(problems).singleElement().asString()
                .contains("get(1) is 4.0, expected 2.0 (element (0, 1)").contains("column-major (transposed)");
    }

    @Test
    void anAdapterHidingFloatStorageIsCaught() {
        List<String> problems = TensorAdapterContract.problems(new PlantedBugAdapters.FloatClaimingDouble(),
                TensorSample.of(new float[] {1, 2}, new int[] {2}, 1, 2));
        assertThat(problems).singleElement().asString().contains("stores single precision")
                .contains("isSinglePrecision() is false");
    }

    @Test
    void anAdapterWritingIntoACopyIsCaughtByTheIndependentReader() {
        double[][] parent = {{1, 2, 3}, {4, 5, 6}};
        TensorSample sample = TensorSample.of(parent, TWO_BY_THREE, VALUES).readBack(i -> parent[i / 3][i % 3]);
        List<String> problems = TensorAdapterContract.problems(new PlantedBugAdapters.WritesIntoCopy(), sample);
        assertThat(problems).singleElement().asString().contains("did not reach the tensor's storage");
    }

    @Test
    void anAdapterWritingTheWrongElementIsCaught() {
        List<String> problems = TensorAdapterContract.problems(new PlantedBugAdapters.WritesNeighbour(),
                TensorSample.of(new double[] {1, 2, 3}, new int[] {3}, 1, 2, 3));
        assertThat(problems).isNotEmpty().first().asString().contains("set(0, 0.1) then get(0) is 1.0: writes are lost");
    }

    @Test
    void anAdapterWhoseZerosShareStorageIsCaught() {
        List<String> problems = TensorAdapterContract.problems(new PlantedBugAdapters.ZerosShareStorage(),
                TensorSample.of(new double[] {1, 2, 3}, new int[] {3}, 1, 2, 3));
        assertThat(problems).singleElement().asString().contains("zerosLike returned the tensor itself");
    }

    @Test
    void aWrongShapeAndAnUnsupportedTypeAreNamed() {
        TensorAdapter doubleVectors = adapterFor(new double[0]);
        assertThat(TensorAdapterContract.problems(doubleVectors,
                TensorSample.of(new double[] {1, 2, 3, 4}, new int[] {2, 2}, 1, 2, 3, 4)))
                .singleElement().asString().contains("shape() is [4], expected [2, 2]");
        assertThat(TensorAdapterContract.problems(doubleVectors,
                TensorSample.of(new float[] {1}, new int[] {1}, 1)))
                .singleElement().asString().contains("supports([F) is false");
    }

    @Test
    void verifyThrowsWithEveryProblemAndTheAdapterName() {
        assertThatThrownBy(() -> TensorAdapterContract.verify(new PlantedBugAdapters.ColumnMajor(),
                TensorSample.of(new double[][] {{1, 2}, {3, 4}}, new int[] {2, 2}, 1, 2, 3, 4)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining(PlantedBugAdapters.ColumnMajor.class.getName())
                .hasMessageContaining("sample 0 (double[][] of shape [2, 2]): get(1) is 3.0");
    }

    @Test
    void anExceptionFromTheAdapterIsAProblemNotACrash() {
        assertThat(TensorAdapterContract.problems(new PlantedBugAdapters.Throwing(),
                TensorSample.of(new double[] {1}, new int[] {1}, 1)))
                .singleElement().asString().contains("the adapter threw java.lang.UnsupportedOperationException");
    }

    @Test
    void aSampleWhoseValuesDoNotFillItsShapeIsRefused() {
        assertThatThrownBy(() -> TensorSample.of(new double[3], new int[] {2, 2}, 1, 2, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds 4 elements but 3");
        assertThatThrownBy(() -> TensorAdapterContract.problems(adapterFor(new double[0])))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
