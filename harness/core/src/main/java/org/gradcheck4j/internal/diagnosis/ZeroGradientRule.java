package org.gradcheck4j.internal.diagnosis;

import java.util.ArrayList;
import java.util.List;
import org.gradcheck4j.TensorResult.Kind;

/**
 * A gradient that is exactly 0 in every component while the numeric one is not: backward never
 * wrote it (or wrote a copy, or zeroed it after computing it). Internal.
 */
final class ZeroGradientRule implements HintRule {

    static final String ID = "zero-gradient";

    @Override
    public List<Finding> findings(Evidence evidence) {
        List<Finding> found = new ArrayList<>();
        for (TensorEvidence t : evidence.wrongTensors()) {
            int largest = largestNumeric(t);
            if (allZero(t.analytic()) && largest >= 0) {
                found.add(Finding.explanation(ID, List.of(t.name()), "dJ/d" + t.name() + " is exactly 0 in all "
                        + t.size() + " components while the numeric gradient is not (largest |n| = "
                        + Phrases.num(Math.abs(t.numeric()[largest])) + " at " + t.element(largest) + "): "
                        + cause(t)));
            }
        }
        return found;
    }

    private static String cause(TensorEvidence t) {
        if (t.kind() == Kind.INPUT) {
            return "@Backward returns zeros for dJ/d" + t.name() + " (a fresh array that is never filled?).";
        }
        return "@Backward never writes " + t.gradient() + " (it fills a copy or a local variable, or the"
                + " assignment is missing).";
    }

    private static boolean allZero(double[] a) {
        for (double v : a) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    /** The index of the largest finite |n|, or -1 when every finite n is 0. */
    private static int largestNumeric(TensorEvidence t) {
        int at = -1;
        double max = 0;
        for (int i = 0; i < t.size(); i++) {
            double v = Math.abs(t.numeric()[i]);
            if (Double.isFinite(v) && v > max) {
                max = v;
                at = i;
            }
        }
        return at;
    }
}
