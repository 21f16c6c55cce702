package org.gradcheck4j.samples.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every planted bug of the gallery is caught in the tensor it lives in; every correct layer passes. */
class BugGalleryTests {

    private static final long[] SEEDS = {1, 2, 3};

    static Stream<Arguments> bugsAndSeeds() {
        return BugGallery.bugs().stream().flatMap(b -> Arrays.stream(SEEDS).mapToObj(s -> Arguments.of(b, s)));
    }

    static Stream<Arguments> layersAndSeeds() {
        return CorrectLayers.all().stream().flatMap(l -> Arrays.stream(SEEDS).mapToObj(s -> Arguments.of(l, s)));
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("bugsAndSeeds")
    void plantedBugFailsInItsTensor(PlantedBug bug, long seed) {
        Case c = bug.factory().apply(seed);
        assertEquals(bug.name(), c.layer().getClass().getSimpleName(), "the row must build the class it names");

        GradCheckResult result = bug.check(seed).run();

        assertEquals(Verdict.FAIL, result.verdict(), result::message);
        assertEquals("planted bug, expected FAIL: " + bug.mistake() + " · seed=" + seed, result.label());
        Set<String> failing = result.failingTensors().stream().map(TensorResult::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(bug.failingTensors(), failing, () -> "failing tensors of " + bug.name() + "\n" + result.message());
        TensorResult worst = result.tensors().stream().max(Comparator.comparingDouble(TensorResult::relativeError))
                .orElseThrow();
        assertTrue(bug.failingTensors().contains(worst.name()), () -> "worst tensor " + worst.name());
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("layersAndSeeds")
    void correctLayerPasses(CorrectLayers.Sample sample, long seed) {
        GradCheckResult result = sample.factory().apply(seed).check(seed).run();

        assertTrue(result.verdict() == Verdict.PASS || result.verdict() == Verdict.MARGINAL, result::message);
        assertTrue(result.relativeError() <= 1e-5, result::message);
    }

    @Test
    void galleryHasAtLeastThirtyDistinctBugsAndTwoPerLayer() {
        List<PlantedBug> bugs = BugGallery.bugs();
        Set<String> names = new HashSet<>();
        bugs.forEach(b -> assertTrue(names.add(b.name()), "duplicate " + b.name()));
        assertTrue(bugs.size() >= 30, "only " + bugs.size() + " bugs");
        for (CorrectLayers.Sample sample : CorrectLayers.all()) {
            Class<?> layer = sample.factory().apply(1).layer().getClass();
            long planted = bugs.stream().filter(b -> layer.isInstance(b.factory().apply(1).layer())).count();
            assertTrue(planted >= 2, () -> sample.name() + " has only " + planted + " planted bugs");
        }
    }
}
