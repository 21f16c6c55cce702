package org.gradcheck4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gradcheck4j.internal.differences.CentralDifference;
import org.gradcheck4j.internal.model.ModelReader;
import org.gradcheck4j.internal.objective.Objective;
import org.gradcheck4j.internal.theta.Theta;
import org.gradcheck4j.internal.theta.ThetaBuilder;
import org.gradcheck4j.testlayers.Cube;
import org.junit.jupiter.api.Test;

/** The course's worked example: f(θ) = θ³ at θ = 1 with ε = 0.01. */
class CourseExampleTests {

    @Test
    void twoSidedDifferenceOfTheCubeIsThreePointZeroZeroZeroOne() {
        Cube cube = new Cube(1.0);
        var model = ModelReader.of(Cube.class);
        Theta theta = ThetaBuilder.build(model, cube, List.of());
        Objective j = new Objective(model, cube, List.of(), 1);
        double twoSided = CentralDifference.derivative(theta.slots().get(0), 0, j::cost, 0.01);
        assertEquals(3.0001, twoSided, 1e-12);
        double oneSided = (Math.pow(1.01, 3) - 1) / 0.01;
        assertEquals(3.0301, oneSided, 1e-12);
    }

    @Test
    void aTooCoarseStepIsRecheckedAtASmallerOneAndSaysSo() {
        GradCheckResult r = GradCheck.of(new Cube(1.0)).epsilon(0.01).run();
        assertEquals(0.01, r.epsilon());
        assertEquals(Verdict.PASS, r.verdict(), r::message);
        assertEquals(3.0, r.tensor("theta").orElseThrow().numeric()[0], 1e-7);
        assertThat(r.notes()).as(r::message).anyMatch(n -> n.kind() == Note.Kind.RECHECKED && n.subjects().size() == 1);
    }

    @Test
    void withTheDefaultStepTheCubePasses() {
        GradCheckResult r = GradCheck.of(new Cube(1.0)).run();
        assertEquals(Verdict.PASS, r.verdict(), r::message);
        assertEquals(1e-7, r.epsilon());
    }
}
