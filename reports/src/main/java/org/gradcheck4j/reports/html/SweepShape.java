package org.gradcheck4j.reports.html;

import java.util.List;
import org.gradcheck4j.SweepPoint;
import org.gradcheck4j.Thresholds;

/**
 * Reads an ε-sweep. A correct gradient draws a V: the error falls with ε² as truncation shrinks,
 * then rises as 1/ε when rounding takes over, and somewhere between it is small. A wrong gradient
 * is wrong at every step: the line stays flat and high.
 */
record SweepShape(String css, String verdict, String explanation) {

    static SweepShape of(List<SweepPoint> sweep, double usedEpsilon, Thresholds thresholds) {
        SweepPoint best = null;
        for (SweepPoint p : sweep) {
            if (!Double.isNaN(p.relativeError()) && (best == null || p.relativeError() < best.relativeError())) {
                best = p;
            }
        }
        if (best == null) {
            return new SweepShape("error", "no finite point", "the relative error was not finite at any step");
        }
        String at = "the smallest error is " + Numbers.format(best.relativeError()) + " at ε = "
                + Numbers.format(best.epsilon());
        if (best.relativeError() <= thresholds.warn()) {
            return new SweepShape("marginal", "V shape: correct gradient, looks like step trouble",
                    at + ", within the warn threshold " + Numbers.format(thresholds.warn())
                            + "; the gradient agrees at a good step, so the error at ε = "
                            + Numbers.format(usedEpsilon) + " comes from the step, not from the backward pass");
        }
        return new SweepShape("fail", "flat: a real bug",
                at + ", above the warn threshold " + Numbers.format(thresholds.warn())
                        + "; no step makes the numeric and analytic gradients agree, so the backward pass is wrong");
    }
}
