package org.gradcheck4j.samples.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The initialisers draw weights with the course's scales. */
class InitializerTests {

    @ParameterizedTest(name = "{0} fan-in {1}")
    @CsvSource({"SMALL_RANDOM, 50, 0.01", "XAVIER, 50, 0.1414213562", "HE, 50, 0.2", "HE, 8, 0.5"})
    void weightsHaveTheSchemesStandardDeviation(Initializer init, int fanIn, double expected) {
        DMatrixRMaj w = init.weights(400, fanIn, new Random(7));
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < w.getNumElements(); i++) {
            sum += w.data[i];
            squares += w.data[i] * w.data[i];
        }
        int n = w.getNumElements();
        double mean = sum / n;
        assertEquals(expected, Math.sqrt(squares / n - mean * mean), 0.03 * expected);
        assertEquals(0, mean, 0.05 * expected);
        assertEquals(expected, init.standardDeviation(fanIn), 1e-9);
    }

    @Test
    void zerosAreAllZero() {
        DMatrixRMaj w = Initializer.ZEROS.weights(3, 4, new Random(1));
        for (int i = 0; i < w.getNumElements(); i++) {
            assertEquals(0, w.data[i], 0);
        }
    }

    @Test
    void sameSeedSameWeights() {
        DMatrixRMaj a = Initializer.HE.weights(3, 4, new Random(5));
        DMatrixRMaj b = Initializer.HE.weights(3, 4, new Random(5));
        assertEquals(0, CommonOps_DDRM.elementMaxAbs(CommonOps_DDRM.subtract(a, b, null)), 0);
    }

    @Test
    void rejectsEmptyShapes() {
        assertThrows(IllegalArgumentException.class, () -> Initializer.HE.weights(0, 3, new Random(1)));
    }
}
