package org.gradcheck4j.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.testlayers.Mat;
import org.junit.jupiter.api.Test;

/** Measuring the penalty's own gradient perturbs θ and restores it bit-exactly. */
class PenaltyProbeRestoresThetaTests {

    @Test
    void weightsAreBitForBitTheSameAfterTheDiagnosis() {
        Random r = new Random(5);
        Ridge layer = new Ridge.WithoutPenaltyGradient(4, 3, 2.0, r);
        double[][] before = Mat.copy(layer.W);
        GradCheckResult result = GradCheck.of(layer).input(Mat.random(4, 6, r, 1), Ridge.targets(3, 6, r)).run();
        assertThat(result.hints()).isNotEmpty();
        for (int i = 0; i < before.length; i++) {
            for (int j = 0; j < before[i].length; j++) {
                assertEquals(Double.doubleToRawLongBits(before[i][j]), Double.doubleToRawLongBits(layer.W[i][j]));
            }
        }
    }
}
