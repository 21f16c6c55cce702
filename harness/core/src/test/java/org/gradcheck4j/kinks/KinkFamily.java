package org.gradcheck4j.kinks;

import java.util.List;
import java.util.Random;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.generate.Choices;
import org.gradcheck4j.generate.Gen;

/**
 * A piecewise family: a correct layer written from its math and a planted-bug variant of it, built
 * on the same parameters and inputs, which are drawn at, near and between the family's clustered
 * kinks. A case replays from its seed: sizes come from {@link Choices}, values from a
 * {@link Random} seeded by it.
 *
 * @param name the family, e.g. {@code batched hinge}
 * @param bug what the planted bug gets wrong, e.g. {@code the 1/m forgotten in backward}
 * @param builder builds the layer (correct or buggy) and its inputs
 */
record KinkFamily(String name, String bug, Builder builder) {

    /** Builds one case of a family. */
    @FunctionalInterface
    interface Builder {
        /**
         * The layer and its inputs.
         *
         * @param choices sizes and the seed of the values. Modified: choices are consumed.
         * @param buggy whether to build the planted-bug variant
         */
        Trial build(Choices choices, boolean buggy);
    }

    /** A layer and the inputs of its forward pass. */
    record Trial(Object layer, List<Object> inputs) {

        /** A trial of these inputs; a {@code double[][]} stays one input (not spread into its rows). */
        static Trial of(Object layer, Object first, Object... more) {
            List<Object> inputs = new java.util.ArrayList<>();
            inputs.add(first);
            inputs.addAll(java.util.Arrays.asList(more));
            return new Trial(layer, List.copyOf(inputs));
        }

        /** A check of this layer on these inputs, projected with {@code seed}. */
        GradCheck check(long seed) {
            Object[] more = inputs.subList(1, inputs.size()).toArray();
            return GradCheck.of(layer).input(inputs.get(0), more).seed(seed);
        }
    }

    /** The correct layer's cases as a generator. */
    Gen<Trial> correct() {
        return choices -> builder.build(choices, false);
    }

    /** The planted-bug variant's cases as a generator. */
    Gen<Trial> buggy() {
        return choices -> builder.build(choices, true);
    }

    /** The case of {@code seed}: the same parameters and inputs for the correct and the buggy layer. */
    Trial trial(long seed, boolean buggy) {
        return (buggy ? buggy() : correct()).generate(Choices.seeded(seed));
    }

    /** The random source of a case's values, drawn from its choices. */
    static Random values(Choices choices) {
        return new Random(choices.seed());
    }

    @Override
    public String toString() {
        return name;
    }
}
