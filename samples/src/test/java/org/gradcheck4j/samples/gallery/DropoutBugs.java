package org.gradcheck4j.samples.gallery;

import java.util.Random;
import org.gradcheck4j.samples.layers.InvertedDropout;

/** Inverted dropout with one planted mistake each; only a frozen mask catches them. */
final class DropoutBugs {

    private DropoutBugs() {
    }

    /** Backward scales by 1/keepProb but forgets the mask: dropped units get a gradient. */
    static final class DropoutMaskMissingInBackward extends InvertedDropout {
        DropoutMaskMissingInBackward(double keepProb, Random random) {
            super(keepProb, random);
        }

        @Override
        protected double inputGradient(double da, double mask, double keepProb) {
            return da / keepProb;
        }
    }

    /** Backward applies the mask but forgets the 1/keepProb of inverted dropout. */
    static final class DropoutWithoutScalingInBackward extends InvertedDropout {
        DropoutWithoutScalingInBackward(double keepProb, Random random) {
            super(keepProb, random);
        }

        @Override
        protected double inputGradient(double da, double mask, double keepProb) {
            return da * mask;
        }
    }
}
