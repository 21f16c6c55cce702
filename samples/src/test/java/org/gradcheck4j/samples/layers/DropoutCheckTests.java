package org.gradcheck4j.samples.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.gradcheck4j.Dropout;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.samples.Matrices;
import org.junit.jupiter.api.Test;

/**
 * Inverted dropout is checked with its mask frozen and with dropout switched off, and only the
 * frozen mask catches a mask missing from backward.
 */
class DropoutCheckTests {

    /** Backward without the mask: right only when nothing is dropped. */
    static final class MaskForgotten extends InvertedDropout {
        MaskForgotten(double keepProb, Random random) {
            super(keepProb, random);
        }

        @Override
        protected double inputGradient(double da, double mask, double keepProb) {
            return da / keepProb;
        }
    }

    private final DMatrixRMaj x = Matrices.gaussian(5, 6, 1, new Random(4));

    @Test
    void correctDropoutPassesWithTheMaskFrozenAndWithDropoutOff() {
        for (Dropout mode : new Dropout[] {Dropout.FROZEN_MASK, Dropout.OFF, Dropout.AUTO}) {
            GradCheckResult r = GradCheck.of(new InvertedDropout(0.7, new Random(1))).input(x).dropout(mode).run();
            assertEquals(Verdict.PASS, r.verdict(), () -> mode + "\n" + r.message());
        }
    }

    @Test
    void theFrozenMaskReallyDropsUnits() {
        InvertedDropout layer = new InvertedDropout(0.7, new Random(1));
        layer.forward(x);
        double kept = CommonOps_DDRM.elementSum(layer.lastMask());
        assertTrue(kept > 0 && kept < x.getNumElements(), "kept " + kept + " of " + x.getNumElements());
    }

    @Test
    void aMissingMaskIsCaughtOnlyWithTheMaskFrozen() {
        GradCheckResult frozen = GradCheck.of(new MaskForgotten(0.7, new Random(1))).input(x)
                .dropout(Dropout.FROZEN_MASK).label("planted bug, expected FAIL: dropout mask forgotten in backward").run();
        GradCheckResult off = GradCheck.of(new MaskForgotten(0.7, new Random(1))).input(x).dropout(Dropout.OFF).run();

        assertEquals(Verdict.FAIL, frozen.verdict(), frozen::message);
        assertEquals(Verdict.PASS, off.verdict(), off::message);
    }

    @Test
    void keepProbIsRestoredAfterACheckWithDropoutOff() {
        InvertedDropout layer = new InvertedDropout(0.7, new Random(1));
        GradCheck.of(layer).input(x).dropout(Dropout.OFF).run();
        assertEquals(0.7, layer.keepProb(), 0);
    }
}
