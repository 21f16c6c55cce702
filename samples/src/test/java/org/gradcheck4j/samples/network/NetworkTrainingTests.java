package org.gradcheck4j.samples.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.samples.Matrices;
import org.gradcheck4j.samples.data.Dataset;
import org.gradcheck4j.samples.data.SyntheticData;
import org.gradcheck4j.samples.init.Initializer;
import org.gradcheck4j.samples.optim.Adam;
import org.gradcheck4j.samples.optim.GradientDescent;
import org.gradcheck4j.samples.optim.LearningRateSchedule;
import org.gradcheck4j.samples.optim.Momentum;
import org.gradcheck4j.samples.optim.Optimizer;
import org.gradcheck4j.samples.optim.RmsProp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The L-layer network really learns the circle with mini-batch training, and its gradient is still
 * right after training, when the weights have grown.
 */
class NetworkTrainingTests {

    private static final int[] SIZES = {2, 8, 6, 1};

    @Test
    void adamLowersTheCostOverHundredsOfMiniBatchStepsAndTheGradientStaysCorrect() {
        Random random = new Random(11);
        Dataset data = SyntheticData.circle(256, random);
        DeepNetwork net = new DeepNetwork(SIZES, Initializer.HE, 0.1, 0.9, random);
        MiniBatchTrainer trainer = new MiniBatchTrainer(new Adam(0.01), LearningRateSchedule.inverseTime(0.01, 0.01),
                32, new Random(12));

        GradCheckResult atInit = check(net, data, 5);
        List<Double> costs = trainer.train(net, data, 40);
        GradCheckResult afterTraining = check(net, data, 6);

        assertEquals(320, trainer.steps());
        double first = costs.get(0);
        double last = costs.get(costs.size() - 1);
        assertTrue(last < 0.6 * first, "cost went from " + first + " to " + last);
        assertTrue(accuracy(net, data) > 0.85, "accuracy " + accuracy(net, data));
        assertTrue(atInit.passes(true), atInit::message);
        assertTrue(afterTraining.passes(true), afterTraining::message);
        assertTrue(afterTraining.verdict() == Verdict.PASS || afterTraining.verdict() == Verdict.MARGINAL);
    }

    static Stream<Arguments> optimizers() {
        return Stream.of(
                Arguments.of("GradientDescent", (Supplier<Optimizer>) () -> new GradientDescent(0.5)),
                Arguments.of("Momentum", (Supplier<Optimizer>) () -> new Momentum(0.5, 0.9)),
                Arguments.of("RmsProp", (Supplier<Optimizer>) () -> new RmsProp(0.005, 0.9, 1e-8)),
                Arguments.of("Adam", (Supplier<Optimizer>) () -> new Adam(0.01)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void everyOptimizerTrainsTheNetwork(String name, Supplier<Optimizer> make) {
        Random random = new Random(21);
        Dataset data = SyntheticData.circle(128, random);
        DeepNetwork net = new DeepNetwork(SIZES, Initializer.HE, 0.0, 1.0, random);
        Optimizer optimizer = make.get();
        MiniBatchTrainer trainer = new MiniBatchTrainer(optimizer,
                LearningRateSchedule.constant(optimizer.learningRate()), 16, new Random(22));

        List<Double> costs = trainer.train(net, data, 40);

        assertTrue(costs.get(costs.size() - 1) < 0.8 * costs.get(0), name + ": " + costs.get(0) + " → "
                + costs.get(costs.size() - 1));
    }

    @Test
    void trainingIsDeterministicGivenTheSeeds() {
        assertEquals(trainedCosts(), trainedCosts());
    }

    private static List<Double> trainedCosts() {
        Random random = new Random(31);
        Dataset data = SyntheticData.circle(64, random);
        DeepNetwork net = new DeepNetwork(SIZES, Initializer.HE, 0.3, 0.8, random);
        return new MiniBatchTrainer(new Adam(0.01), LearningRateSchedule.constant(0.01), 16, new Random(32))
                .train(net, data, 5);
    }

    private static GradCheckResult check(DeepNetwork net, Dataset data, long seed) {
        int[] order = new int[16];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        DMatrixRMaj x = Matrices.columns(data.x(), order, 0, order.length);
        DMatrixRMaj y = Matrices.columns(data.y(), order, 0, order.length);
        return GradCheck.of(net).input(x, y).seed(seed).run();
    }

    private static double accuracy(DeepNetwork net, Dataset data) {
        DMatrixRMaj p = net.predict(data.x());
        int right = 0;
        for (int j = 0; j < data.size(); j++) {
            if ((p.get(0, j) > 0.5) == (data.y().get(0, j) > 0.5)) {
                right++;
            }
        }
        return right / (double) data.size();
    }
}
