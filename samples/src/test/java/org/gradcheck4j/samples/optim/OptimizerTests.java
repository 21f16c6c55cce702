package org.gradcheck4j.samples.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every optimiser descends on an ill-conditioned quadratic; Adam's bias correction is exact. */
class OptimizerTests {

    /** Curvatures of {@code f(θ) = ½ Σ c_i θ_i²}: a condition number of 20. */
    private static final double[] CURVATURE = {1.0, 20.0, 5.0, 2.0};

    static Stream<Arguments> optimizers() {
        return Stream.of(
                Arguments.of("GradientDescent", (Supplier<Optimizer>) () -> new GradientDescent(0.05)),
                Arguments.of("Momentum", (Supplier<Optimizer>) () -> new Momentum(0.05, 0.9)),
                Arguments.of("RmsProp", (Supplier<Optimizer>) () -> new RmsProp(0.03, 0.9, 1e-8)),
                Arguments.of("Adam", (Supplier<Optimizer>) () -> new Adam(0.05)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void descendsOnAQuadratic(String name, Supplier<Optimizer> make) {
        Optimizer optimizer = make.get();
        DMatrixRMaj theta = new DMatrixRMaj(2, 2, true, 1.0, -2.0, 1.5, 3.0);
        double start = cost(theta);
        double[] after = new double[301];
        after[0] = start;
        for (int step = 1; step <= 300; step++) {
            optimizer.update(List.of(theta), List.of(gradient(theta)));
            after[step] = cost(theta);
        }
        assertTrue(after[30] < 0.8 * start, name + " after 30 steps: " + after[30] + " from " + start);
        assertTrue(after[300] < 1e-3 * start, name + " ended at " + after[300] + " from " + start);
    }

    @Test
    void gradientDescentTakesExactlyAlphaTimesTheGradient() {
        DMatrixRMaj theta = new DMatrixRMaj(1, 2, true, 1.0, -2.0);
        new GradientDescent(0.1).update(List.of(theta), List.of(new DMatrixRMaj(1, 2, true, 3.0, -4.0)));
        assertEquals(0.7, theta.get(0, 0), 1e-15);
        assertEquals(-1.6, theta.get(0, 1), 1e-15);
    }

    @Test
    void adamFirstStepMovesEachComponentByAlphaThanksToBiasCorrection() {
        DMatrixRMaj theta = new DMatrixRMaj(1, 3, true, 1.0, 1.0, 1.0);
        Adam adam = new Adam(0.01);
        adam.update(List.of(theta), List.of(new DMatrixRMaj(1, 3, true, 1e-3, -5.0, 200.0)));
        assertEquals(1, adam.steps());
        assertEquals(0.99, theta.get(0, 0), 1e-7);
        assertEquals(1.01, theta.get(0, 1), 1e-9);
        assertEquals(0.99, theta.get(0, 2), 1e-9);
    }

    @Test
    void momentumIsAnExponentiallyWeightedAverageOfTheGradients() {
        DMatrixRMaj theta = new DMatrixRMaj(1, 1, true, 0.0);
        Momentum momentum = new Momentum(1.0, 0.9);
        momentum.update(List.of(theta), List.of(new DMatrixRMaj(1, 1, true, 1.0)));
        assertEquals(-0.1, theta.get(0, 0), 1e-15);
        momentum.update(List.of(theta), List.of(new DMatrixRMaj(1, 1, true, 1.0)));
        assertEquals(-0.1 - 0.19, theta.get(0, 0), 1e-15);
    }

    @Test
    void rmsPropDividesByTheRootMeanSquare() {
        DMatrixRMaj theta = new DMatrixRMaj(1, 1, true, 0.0);
        new RmsProp(0.1, 0.75, 1e-12).update(List.of(theta), List.of(new DMatrixRMaj(1, 1, true, 4.0)));
        // s = 0.25·16 = 4, step = 0.1·4/2
        assertEquals(-0.2, theta.get(0, 0), 1e-12);
    }

    @Test
    void schedulesDecayTheLearningRate() {
        assertEquals(0.1, LearningRateSchedule.inverseTime(0.2, 1.0).rate(1), 1e-15);
        assertEquals(0.2 / 3, LearningRateSchedule.inverseTime(0.2, 1.0).rate(2), 1e-15);
        assertEquals(0.2 * 0.95 * 0.95, LearningRateSchedule.exponential(0.2, 0.95).rate(2), 1e-15);
        assertEquals(0.3, LearningRateSchedule.constant(0.3).rate(1000), 0);
    }

    @Test
    void rejectsMismatchedListsAndBadRates() {
        Optimizer sgd = new GradientDescent(0.1);
        DMatrixRMaj a = new DMatrixRMaj(2, 2);
        assertThrows(IllegalArgumentException.class, () -> sgd.update(List.of(a), List.of()));
        assertThrows(IllegalArgumentException.class, () -> sgd.update(List.of(a), List.of(new DMatrixRMaj(1, 2))));
        assertThrows(IllegalArgumentException.class, () -> sgd.learningRate(0));
        assertThrows(IllegalArgumentException.class, () -> new Adam(0.1, 1.0, 0.999, 1e-8));
    }

    private static double cost(DMatrixRMaj theta) {
        double f = 0;
        for (int i = 0; i < CURVATURE.length; i++) {
            f += 0.5 * CURVATURE[i] * theta.data[i] * theta.data[i];
        }
        return f;
    }

    private static DMatrixRMaj gradient(DMatrixRMaj theta) {
        DMatrixRMaj g = new DMatrixRMaj(theta.numRows, theta.numCols);
        for (int i = 0; i < CURVATURE.length; i++) {
            g.data[i] = CURVATURE[i] * theta.data[i];
        }
        return g;
    }
}
