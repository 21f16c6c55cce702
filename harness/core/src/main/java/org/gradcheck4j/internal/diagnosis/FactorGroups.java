package org.gradcheck4j.internal.diagnosis;

import java.util.ArrayList;
import java.util.List;

/** Groups tensors whose fitted factors agree, so that one hint can speak for all of them. Internal. */
final class FactorGroups {

    /**
     * A tensor and its fit.
     *
     * @param tensor the tensor
     * @param fit the fit found for it
     */
    record Fitted(TensorEvidence tensor, Fit fit) {
    }

    private FactorGroups() {
    }

    /** {@code fitted} in groups of equal factors (within {@code tolerance}), in order of first appearance. */
    static List<List<Fitted>> of(List<Fitted> fitted, double tolerance) {
        List<List<Fitted>> groups = new ArrayList<>();
        for (Fitted f : fitted) {
            List<Fitted> home = null;
            for (List<Fitted> g : groups) {
                if (Factors.near(f.fit().k(), g.get(0).fit().k(), tolerance)) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(f);
        }
        return groups;
    }

    /** The names of the group's tensors. */
    static List<String> names(List<Fitted> group) {
        return group.stream().map(f -> f.tensor().name()).toList();
    }

    /** "over all 12 components of W" or "in each of W[0] and W[1] (16 components, ". */
    static String where(List<Fitted> group) {
        if (group.size() == 1) {
            return "over " + group.get(0).tensor().components() + " of " + group.get(0).tensor().name() + " (";
        }
        return "in each of " + Phrases.list(names(group)) + " (" + group.stream().mapToInt(f -> f.fit().count()).sum()
                + " components, ";
    }

    /** The largest residual in the group. */
    static double residual(List<Fitted> group) {
        return group.stream().mapToDouble(f -> f.fit().residual()).max().orElse(0);
    }
}
