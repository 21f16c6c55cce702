package org.gradcheck4j.kinks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No false FAIL near clustered kinks, and every planted bug caught, over the seventeen piecewise
 * families of {@link KinkFamilies}: batched hinge, squared hinge, Huber, pinball, multiclass SVM,
 * hard-tanh, clip with learnable bounds, min(x, w), max(x, w), parametric ReLU, soft threshold,
 * many close breakpoints, maxout, top-k, max-pool with ties, row L2 norm near 0, and the L1 penalty.
 * Each family's inputs lie at, on ties with, between and within 1e-12 … 1e-5 of its kinks (see
 * {@link ClusteredPoints}), with anchors clear of them.
 *
 * <p>For each family, {@code -Dgradcheck4j.clusterTries} seeded cases (default {@value #DEFAULT_TRIES};
 * 17 × {@value #DEFAULT_TRIES} × 2 = 2,040 checks in CI): the correct layer is PASS or MARGINAL with
 * no hint in every case, and the planted-bug variant, on the same parameters and inputs, FAILs in
 * every case. The families the engine before issue 14 got wrong are listed in
 * {@link #FALSE_FAILS_BEFORE_ISSUE_14} and {@link #MISSED_BEFORE_ISSUE_14} and run under methods of
 * their own; all run in every build. Each failure names its seeds; {@link KinkReplayTests} replays
 * them. The measured counts on the engine before issue 14, and the commands, are in docs/kinks.md.
 */
class ClusteredKinkPropertyTests {

    static final int DEFAULT_TRIES = 60;
    static final int TRIES = Integer.getInteger("gradcheck4j.clusterTries", DEFAULT_TRIES);

    /** Families whose correct layer the engine before issue 14 fails (or hints at) in some tries. */
    static final List<String> FALSE_FAILS_BEFORE_ISSUE_14 = List.of("batched hinge", "pinball", "multiclass svm",
            "clip with learnable bounds", "min(x, w)", "max(x, w)", "soft threshold", "many close breakpoints",
            "maxout", "top-k", "row L2 norm near 0");

    /** Families whose planted bug the engine before issue 14 misses in some tries. */
    static final List<String> MISSED_BEFORE_ISSUE_14 = List.of();

    static Stream<String> correctHolding() {
        return names().filter(n -> !FALSE_FAILS_BEFORE_ISSUE_14.contains(n));
    }

    static Stream<String> correctBroken() {
        return FALSE_FAILS_BEFORE_ISSUE_14.stream();
    }

    static Stream<String> buggyHolding() {
        return names().filter(n -> !MISSED_BEFORE_ISSUE_14.contains(n));
    }

    static Stream<String> buggyBroken() {
        return MISSED_BEFORE_ISSUE_14.stream();
    }

    private static Stream<String> names() {
        return KinkFamilies.all().stream().map(KinkFamily::name);
    }

    private static void holds(String family, boolean buggy) {
        KinkTally tally = KinkTally.of(KinkFamilies.named(family), buggy, TRIES);
        System.out.println("clustered kinks: " + tally.line());
        assertEquals(0, tally.brokenCount(), tally::line);
    }

    @ParameterizedTest(name = "{0}: correct layer never FAILs, no hint")
    @MethodSource("correctHolding")
    void correctLayerNeverFails(String family) {
        holds(family, false);
    }

    @ParameterizedTest(name = "{0}: planted bug always FAILs")
    @MethodSource("buggyHolding")
    void plantedBugAlwaysFails(String family) {
        holds(family, true);
    }

    @ParameterizedTest(name = "{0}: correct layer never FAILs, no hint (broken on the engine before issue 14)", allowZeroInvocations = true)
    @MethodSource("correctBroken")
    void correctLayerNeverFailsAfterIssue14(String family) {
        holds(family, false);
    }

    @ParameterizedTest(name = "{0}: planted bug always FAILs (broken on the engine before issue 14)", allowZeroInvocations = true)
    @MethodSource("buggyBroken")
    void plantedBugAlwaysFailsAfterIssue14(String family) {
        holds(family, true);
    }
}
