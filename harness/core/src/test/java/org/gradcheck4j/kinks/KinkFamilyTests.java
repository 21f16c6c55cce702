package org.gradcheck4j.kinks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.gradcheck4j.kinks.KinkFamily.Trial;
import org.junit.jupiter.api.Test;

/** The families are distinct, and each case replays from its seed with the same inputs for both variants. */
class KinkFamilyTests {

    @Test
    void thereAreAtLeastFifteenDistinctFamiliesEachWithItsOwnBug() {
        Set<String> names = KinkFamilies.all().stream().map(KinkFamily::name).collect(Collectors.toSet());
        assertEquals(KinkFamilies.all().size(), names.size());
        assertTrue(names.size() >= 15, names::toString);
        for (KinkFamily family : KinkFamilies.all()) {
            Trial correct = family.trial(1, false);
            Trial buggy = family.trial(1, true);
            assertNotEquals(correct.layer().getClass(), buggy.layer().getClass(), family.name());
            assertTrue(correct.layer().getClass().isAssignableFrom(buggy.layer().getClass()),
                    family.name() + ": the bug is planted in a subclass of the correct layer");
        }
    }

    @Test
    void theCorrectAndTheBuggyLayerGetTheSameInputsAndACaseReplaysFromItsSeed() {
        Random seeds = new Random(7);
        for (KinkFamily family : KinkFamilies.all()) {
            for (int t = 0; t < 20; t++) {
                long seed = seeds.nextLong();
                String inputs = deep(family.trial(seed, false));
                assertEquals(inputs, deep(family.trial(seed, true)), family.name());
                assertEquals(inputs, deep(family.trial(seed, false)), family.name());
            }
        }
    }

    private static String deep(Trial trial) {
        return java.util.Arrays.deepToString(trial.inputs().toArray());
    }
}
