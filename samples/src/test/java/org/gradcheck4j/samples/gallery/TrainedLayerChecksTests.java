package org.gradcheck4j.samples.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The course's advice to check again after some training, when the weights have moved away from
 * their initial scale: correct layers still pass and planted bugs are still caught.
 */
class TrainedLayerChecksTests {

    private static final int STEPS = 25;

    static Stream<CorrectLayers.Sample> layers() {
        return CorrectLayers.all().stream();
    }

    static Stream<Arguments> bugs() {
        return BugGallery.bugs().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void correctLayerPassesAfterTraining(CorrectLayers.Sample sample) {
        GradCheckResult result = sample.factory().apply(7).check(7).train(STEPS).run();

        assertTrue(result.verdict() == Verdict.PASS || result.verdict() == Verdict.MARGINAL, result::message);
        assertTrue(result.trainingSteps() > 0, () -> "no training step was taken\n" + result.message());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bugs")
    void plantedBugIsStillCaughtAfterTraining(PlantedBug bug) {
        GradCheckResult result = bug.check(7).train(STEPS).run();

        assertEquals(Verdict.FAIL, result.verdict(), result::message);
        assertTrue(result.failingTensors().stream().anyMatch(t -> t.name().equals(bug.tensor())), result::message);
    }
}
