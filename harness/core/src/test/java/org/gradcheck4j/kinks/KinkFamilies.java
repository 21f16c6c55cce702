package org.gradcheck4j.kinks;

import java.util.ArrayList;
import java.util.List;

/** Every piecewise family of the property tests, in a fixed order. */
final class KinkFamilies {

    private KinkFamilies() {
    }

    /** The seventeen families: five batched losses, seven activations, four selections, one penalty. */
    static List<KinkFamily> all() {
        List<KinkFamily> all = new ArrayList<>(LossFamilies.all());
        all.addAll(ActivationFamilies.all());
        all.addAll(SelectionFamilies.all());
        return List.copyOf(all);
    }

    /** The family called {@code name}. */
    static KinkFamily named(String name) {
        return all().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no kink family " + name));
    }
}
