package org.gradcheck4j.samples.gallery;

import java.util.List;
import org.gradcheck4j.GradCheck;

/**
 * A layer instance and the inputs of its forward pass, ready to be checked.
 *
 * @param layer the layer
 * @param inputs the forward pass's inputs, in order (at least one)
 */
public record Case(Object layer, List<Object> inputs) {

    /** Copies the inputs and checks there is at least one. */
    public Case {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("a case needs at least one input");
        }
    }

    /** A case of one layer and its inputs. */
    public static Case of(Object layer, Object... inputs) {
        return new Case(layer, List.of(inputs));
    }

    /** A configured check of this case with the given seed. */
    public GradCheck check(long seed) {
        Object[] more = inputs.subList(1, inputs.size()).toArray();
        return GradCheck.of(layer).input(inputs.get(0), more).seed(seed);
    }
}
