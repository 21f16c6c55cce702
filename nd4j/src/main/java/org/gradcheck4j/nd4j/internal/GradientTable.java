package org.gradcheck4j.nd4j.internal;

import java.util.Collection;
import java.util.Map;
import org.deeplearning4j.nn.gradient.Gradient;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Copies a DL4J {@link Gradient} into a wrapper's gradient table, by parameter name. Internal. */
final class GradientTable {

    private GradientTable() {
    }

    /**
     * Replaces the contents of {@code table} with copies of the gradients of {@code names} (DL4J
     * reuses its gradient arrays on the next backward pass). A name without a gradient is left out,
     * so the engine reports it as missing.
     */
    static void fill(Map<String, INDArray> table, Collection<String> names, Gradient gradient) {
        table.clear();
        for (String name : names) {
            INDArray g = gradient.getGradientFor(name);
            if (g != null) {
                table.put(name, g.dup());
            }
        }
    }
}
