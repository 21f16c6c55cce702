package org.gradcheck4j.internal.settings;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.gradcheck4j.CheckMode;
import org.gradcheck4j.Dropout;
import org.gradcheck4j.Thresholds;

/**
 * Everything a {@code GradCheck} builder was told. Internal.
 *
 * @param layer the layer instance
 * @param factory builds equal instances, when given
 * @param inputs the forward pass's inputs
 * @param epsilon the base step, when set on the builder
 * @param thresholds the thresholds, when set on the builder
 * @param seed the seed of the projection and the random sources
 * @param trainingSteps gradient-descent steps before the check
 * @param learningRate the first learning rate of training
 * @param dropout how dropout is handled
 * @param label what the check is called in results
 * @param mode how the numeric gradient is obtained
 * @param threads how many worker threads the exhaustive mode may use
 * @param timeout how long the check may take
 */
@API(status = INTERNAL, since = "0.1.0")
public record CheckSettings(Object layer, Optional<Supplier<?>> factory, List<Object> inputs,
                            Optional<Double> epsilon, Optional<Thresholds> thresholds, long seed, int trainingSteps,
                            double learningRate, Dropout dropout, String label, CheckMode mode, int threads,
                            Duration timeout) {

    /** These settings with {@code factory} as the factory. */
    public CheckSettings withFactory(Supplier<?> factory) {
        return new CheckSettings(layer, Optional.of(factory), inputs, epsilon, thresholds, seed, trainingSteps,
                learningRate, dropout, label, mode, threads, timeout);
    }
}
