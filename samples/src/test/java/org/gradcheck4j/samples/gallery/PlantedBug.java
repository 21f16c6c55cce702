package org.gradcheck4j.samples.gallery;

import java.util.Set;
import org.gradcheck4j.GradCheck;
import java.util.TreeSet;
import java.util.function.LongFunction;

/**
 * One row of the bug gallery: a layer with one planted mistake, where the mistake lives, and
 * which tensors its check must fail.
 *
 * @param name the buggy class's simple name, which names the mistake
 * @param tensor the tensor whose gradient the mistake is in, as the check names it ({@code W},
 *               {@code W[1]} for element 1 of a list, {@code x} for the input of {@code forward(x)})
 * @param alsoFailing other tensors the mistake propagates to (empty when it stays in {@code tensor})
 * @param mistake what the planted mistake is, in a sentence
 * @param factory builds the buggy layer and its inputs from a seed
 */
public record PlantedBug(String name, String tensor, Set<String> alsoFailing, String mistake,
                         LongFunction<Case> factory) {

    /** Copies the set. */
    public PlantedBug {
        alsoFailing = Set.copyOf(alsoFailing);
    }

    /** Every tensor the check must fail, sorted. */
    public Set<String> failingTensors() {
        Set<String> all = new TreeSet<>(alsoFailing);
        all.add(tensor);
        return all;
    }

    /**
     * The check of this bug's layer with the given seed, labelled as a planted bug so that the HTML
     * report says its FAIL is expected.
     */
    public GradCheck check(long seed) {
        return factory.apply(seed).check(seed).label("planted bug, expected FAIL: " + mistake + " · seed=" + seed);
    }

    @Override
    public String toString() {
        return name;
    }
}
