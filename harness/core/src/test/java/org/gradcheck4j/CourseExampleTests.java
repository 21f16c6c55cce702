package org.gradcheck4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gradcheck4j.testlayers.Cube;
import org.junit.jupiter.api.Test;

/** The course's worked example: f(θ) = θ³ at θ = 1 with ε = 0.01. */
class CourseExampleTests {

    @Test
    void twoSidedDifferenceOfTheCubeIsThreePointZeroZeroZeroOne() {
        GradCheckResult r = GradCheck.of(new Cube(1.0)).epsilon(0.01).run();
        TensorResult theta = r.tensor("theta").orElseThrow();
        assertEquals(3.0001, theta.numeric()[0], 1e-12);
        assertEquals(3.0, theta.analytic()[0]);
        assertEquals(0.01, r.epsilon());
        // error 1e-4 against a relative-error denominator of about 6: WARN, not FAIL
        assertEquals(1e-4 / 6.0001, r.relativeError(), 1e-12);
        assertEquals(Verdict.WARN, r.verdict());
    }

    @Test
    void withTheDefaultStepTheCubePasses() {
        GradCheckResult r = GradCheck.of(new Cube(1.0)).run();
        assertEquals(Verdict.PASS, r.verdict(), r::message);
        assertEquals(1e-7, r.epsilon());
    }
}
