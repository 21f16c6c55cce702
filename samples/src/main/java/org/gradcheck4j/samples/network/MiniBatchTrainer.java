package org.gradcheck4j.samples.network;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apiguardian.api.API;
import org.gradcheck4j.samples.Matrices;
import org.gradcheck4j.samples.data.Dataset;
import org.gradcheck4j.samples.optim.LearningRateSchedule;
import org.gradcheck4j.samples.optim.Optimizer;

/**
 * Mini-batch training of a {@link DeepNetwork}: every epoch shuffles the examples, splits them into
 * batches of a fixed size (the last may be smaller), and for each batch runs forward, backward and
 * one optimiser step; the schedule sets the learning rate at the start of each epoch.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class MiniBatchTrainer {

    private final Optimizer optimizer;
    private final LearningRateSchedule schedule;
    private final int batchSize;
    private final Random shuffle;
    private int steps;

    /**
     * Creates a trainer.
     *
     * @param optimizer the update rule. Modified (its learning rate and state).
     * @param schedule the learning rate per epoch
     * @param batchSize examples per mini-batch, at least 1
     * @param shuffle the source of the epochs' orders. Modified (advanced).
     */
    public MiniBatchTrainer(Optimizer optimizer, LearningRateSchedule schedule, int batchSize, Random shuffle) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        this.optimizer = optimizer;
        this.schedule = schedule;
        this.batchSize = batchSize;
        this.shuffle = shuffle;
    }

    /**
     * Trains for some epochs.
     *
     * @param network the network. Modified (its parameters).
     * @param data the training set. Not modified.
     * @param epochs the number of passes over the data
     * @return the cost J on the whole training set (without dropout) before training and after
     *         each epoch: {@code epochs + 1} values
     */
    public List<Double> train(DeepNetwork network, Dataset data, int epochs) {
        List<Double> costs = new ArrayList<>();
        costs.add(network.evaluate(data.x(), data.y()));
        int m = data.size();
        for (int epoch = 0; epoch < epochs; epoch++) {
            optimizer.learningRate(schedule.rate(epoch));
            int[] order = permutation(m);
            for (int from = 0; from < m; from += batchSize) {
                int to = Math.min(m, from + batchSize);
                network.forward(Matrices.columns(data.x(), order, from, to), Matrices.columns(data.y(), order, from, to));
                network.backward();
                optimizer.update(network.parameters(), network.gradients());
                steps++;
            }
            costs.add(network.evaluate(data.x(), data.y()));
        }
        return costs;
    }

    /**
     * The number of mini-batch steps taken so far.
     *
     * @return the optimiser updates made, over every epoch trained
     */
    public int steps() {
        return steps;
    }

    private int[] permutation(int m) {
        int[] order = new int[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        for (int i = m - 1; i > 0; i--) {
            int k = shuffle.nextInt(i + 1);
            int t = order[i];
            order[i] = order[k];
            order[k] = t;
        }
        return order;
    }
}
