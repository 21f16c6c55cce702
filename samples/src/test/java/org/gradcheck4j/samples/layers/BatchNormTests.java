package org.gradcheck4j.samples.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.gradcheck4j.samples.Matrices;
import org.junit.jupiter.api.Test;

/** Batch norm's statistics: normalised outputs, running averages kept out of the forward pass. */
class BatchNormTests {

    @Test
    void trainingOutputHasZeroMeanAndUnitVarianceBeforeScaling() {
        BatchNorm bn = new BatchNorm(2, 1e-8, 0.9);
        DMatrixRMaj out = bn.forward(new DMatrixRMaj(2, 4, true, 1, 2, 3, 4, 10, 10, 20, 20));
        for (int i = 0; i < 2; i++) {
            double mean = 0;
            double var = 0;
            for (int j = 0; j < 4; j++) {
                mean += out.get(i, j) / 4;
            }
            for (int j = 0; j < 4; j++) {
                var += (out.get(i, j) - mean) * (out.get(i, j) - mean) / 4;
            }
            assertEquals(0, mean, 1e-12);
            assertEquals(1, var, 1e-6);
        }
    }

    @Test
    void forwardLeavesRunningStatisticsAloneUntilUpdated() {
        BatchNorm bn = new BatchNorm(1, 1e-5, 0.5);
        bn.forward(new DMatrixRMaj(1, 2, true, 4, 8));
        assertArrayEquals(new double[] {0}, bn.runningMean().data, 0);
        assertArrayEquals(new double[] {1}, bn.runningVariance().data, 0);
        bn.updateRunningStatistics();
        assertEquals(0.5 * 0 + 0.5 * 6, bn.runningMean().get(0, 0), 1e-12);
        assertEquals(0.5 * 1 + 0.5 * 4, bn.runningVariance().get(0, 0), 1e-12);
    }

    @Test
    void runningStatisticsConvergeToThePopulationAndDriveInference() {
        Random r = new Random(3);
        BatchNorm bn = new BatchNorm(1, 1e-5, 0.9);
        for (int step = 0; step < 300; step++) {
            DMatrixRMaj batch = Matrices.gaussian(1, 64, 2, r);
            CommonOps_DDRM.add(batch, 5);
            bn.forward(batch);
            bn.updateRunningStatistics();
        }
        assertEquals(5, bn.runningMean().get(0, 0), 0.2);
        assertEquals(4, bn.runningVariance().get(0, 0), 0.6);
        double mean = bn.runningMean().get(0, 0);
        double sd = Math.sqrt(bn.runningVariance().get(0, 0) + 1e-5);
        DMatrixRMaj out = bn.inference(new DMatrixRMaj(1, 1, true, mean + sd));
        assertEquals(1, out.get(0, 0), 1e-9);
    }

    @Test
    void updateBeforeForwardIsAnError() {
        assertThrows(IllegalStateException.class, () -> new BatchNorm(2, 1e-5, 0.9).updateRunningStatistics());
    }
}
