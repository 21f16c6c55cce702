package org.gradcheck4j.kinks;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.gradcheck4j.GradCheckResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Replays cases of the clustered-kink property and prints their full results, for whoever works on
 * a failing seed: {@code -Dgradcheck4j.kinkReplay="batched hinge:correct:-1233975997816549612"}
 * (family, {@code correct} or {@code buggy}, seed; several separated by {@code ;}). It fails when a
 * replayed case breaks the property, so it can also confirm a fix.
 */
@EnabledIfSystemProperty(named = "gradcheck4j.kinkReplay", matches = ".+")
class KinkReplayTests {

    @Test
    void replaysTheNamedCases() {
        boolean broken = false;
        for (String spec : System.getProperty("gradcheck4j.kinkReplay").split(";")) {
            String[] parts = spec.trim().split(":");
            boolean buggy = parts[1].equals("buggy");
            KinkFamily family = KinkFamilies.named(parts[0]);
            long seed = Long.parseLong(parts[2]);
            System.out.println("=== " + spec + ": " + family.trial(seed, buggy).layer().getClass().getSimpleName());
            GradCheckResult r = KinkTally.check(family, buggy, seed);
            System.out.println(r.message());
            System.out.println("hints: " + r.hints());
            System.out.println("notes: " + r.notes());
            broken |= KinkTally.breaks(r, buggy);
        }
        assertFalse(broken, "a replayed case breaks the property");
    }
}
