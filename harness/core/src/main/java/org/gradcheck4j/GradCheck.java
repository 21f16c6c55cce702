package org.gradcheck4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.gradcheck4j.internal.CheckRunner;
import org.gradcheck4j.internal.CheckSettings;
import org.gradcheck4j.internal.message.FailureMessage;
import org.opentest4j.AssertionFailedError;

/**
 * Verifies a hand-written backward pass against two-sided finite differences.
 *
 * <pre>{@code
 * GradCheck.of(new Dense(4, 3, random)).input(x).assertCorrect();
 * GradCheckResult r = GradCheck.of(layer).input(x, labels).seed(7).run();
 * }</pre>
 *
 * <p>Every {@code @Param} element θ_i is perturbed by ±ε·max(1, |θ_i|), the cost is evaluated at
 * both points, and the value is written back bit-exactly. The numeric gradient is compared with
 * what {@code @Backward} wrote into the {@code @Grad} fields (and with dJ/dx when {@code @Backward}
 * returns it), tensor by tensor and for θ as a whole.
 *
 * <p>A {@code GradCheck} is a mutable, single-use builder; it is not thread-safe.
 *
 * @since 0.1.0
 */
public final class GradCheck {

    private final Object layer;
    private final Supplier<?> factory;
    private final List<Object> inputs = new ArrayList<>();
    private Optional<Double> epsilon = Optional.empty();
    private Optional<Thresholds> thresholds = Optional.empty();
    private long seed = 42L;
    private boolean strict;
    private int trainingSteps;
    private double learningRate = 0.1;
    private Dropout dropout = Dropout.AUTO;
    private String label = "";
    private CheckMode mode = CheckMode.AUTO;
    private int threads = 1;
    private Duration timeout = Duration.ofMinutes(2);

    private GradCheck(Object layer, Supplier<?> factory) {
        this.layer = layer;
        this.factory = factory;
    }

    /**
     * Starts a check of one layer instance.
     *
     * @param layer an instance of a class with {@code @Forward}, {@code @Backward}, {@code @Param}
     *              and {@code @Grad} members. Modified during the check, restored bit-exactly.
     * @return the builder
     * @throws GradCheckConfigurationException if the class cannot be checked
     */
    public static GradCheck of(Object layer) {
        Objects.requireNonNull(layer, "layer");
        if (layer instanceof Supplier<?>) {
            throw new GradCheckConfigurationException(layer.getClass(), "GradCheck.of(Object)",
                    "a Supplier was passed as the layer", "call GradCheck.of(Supplier) with a typed supplier");
        }
        CheckRunner.validate(layer.getClass());
        return new GradCheck(layer, null);
    }

    /**
     * Starts a check of layers built by a factory. Every call must build an equal layer (same
     * seed, same weights); the engine may build several to check parts of θ in parallel.
     *
     * @param factory builds the layer. Called at least once.
     * @return the builder
     * @throws GradCheckConfigurationException if the class cannot be checked
     */
    public static GradCheck of(Supplier<?> factory) {
        Objects.requireNonNull(factory, "factory");
        Object first = Objects.requireNonNull(factory.get(), "the factory returned null");
        CheckRunner.validate(first.getClass());
        return new GradCheck(first, factory);
    }

    /**
     * Sets the inputs of the forward pass, in the order of its parameters. A {@code double[][]}
     * (or any other typed array) is always one input, never spread into its rows: Java hands
     * {@code input(x, labels)} a {@code double[][] labels} as the varargs array itself, so a
     * {@code more} whose class is not exactly {@code Object[]} is taken as a single input.
     *
     * @param first the first input. Perturbed during the check, restored bit-exactly.
     * @param more further inputs (labels are usually {@code @Constant})
     * @return this builder
     */
    public GradCheck input(Object first, Object... more) {
        inputs.clear();
        inputs.add(Objects.requireNonNull(first, "input"));
        if (more.getClass() != Object[].class) {
            inputs.add(more);
            return this;
        }
        for (Object o : more) {
            inputs.add(Objects.requireNonNull(o, "input"));
        }
        return this;
    }

    /**
     * Sets the base step ε (scaled per component by {@code max(1, |θ_i|)}), overriding
     * {@code @GradChecked(epsilon)} and the engine's default of 1e-7 (1e-2 for float tensors).
     *
     * @param epsilon a positive step
     * @return this builder
     */
    public GradCheck epsilon(double epsilon) {
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be positive and finite, got " + epsilon);
        }
        this.epsilon = Optional.of(epsilon);
        return this;
    }

    /**
     * Sets the thresholds, overriding {@code @GradChecked} and the defaults.
     *
     * @return this builder
     * @throws IllegalArgumentException unless 0 &lt; pass ≤ warn ≤ fail
     */
    public GradCheck thresholds(double pass, double warn, double fail) {
        this.thresholds = Optional.of(new Thresholds(pass, warn, fail));
        return this;
    }

    /**
     * Sets the seed of the random projection R and of every {@code @RandomSource} (default 42).
     *
     * @return this builder
     */
    public GradCheck seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Makes {@link #assertCorrect()} fail on WARN as well as on FAIL.
     *
     * @return this builder
     */
    public GradCheck strict(boolean strict) {
        this.strict = strict;
        return this;
    }

    /**
     * Trains the layer before the check with {@code steps} steps of gradient descent on its own
     * objective, so that the check also sees weights at a trained scale. The learning rate is
     * halved whenever a step would raise the cost.
     *
     * @param steps the number of steps, 0 or more
     * @return this builder
     */
    public GradCheck train(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("training steps must be >= 0, got " + steps);
        }
        this.trainingSteps = steps;
        return this;
    }

    /**
     * Sets the initial learning rate of {@link #train(int)} (default 0.1).
     *
     * @return this builder
     */
    public GradCheck learningRate(double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be positive and finite, got " + learningRate);
        }
        this.learningRate = learningRate;
        return this;
    }

    /**
     * Chooses how dropout is handled (default {@link Dropout#AUTO}).
     *
     * @return this builder
     */
    public GradCheck dropout(Dropout dropout) {
        this.dropout = Objects.requireNonNull(dropout, "dropout");
        return this;
    }

    /**
     * Names this check in results and reports, e.g. with how to reproduce it.
     *
     * @return this builder
     */
    public GradCheck label(String label) {
        this.label = Objects.requireNonNull(label, "label");
        return this;
    }

    /**
     * Chooses how the numeric gradient is obtained (default {@link CheckMode#AUTO}: exhaustive up to
     * 20,000 components of θ, directional above; {@link CheckMode#SAMPLED} only when asked for; see
     * {@code docs/performance.md}).
     *
     * @return this builder
     */
    public GradCheck mode(CheckMode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
        return this;
    }

    /**
     * Splits the exhaustive check over {@code threads} worker threads, each with its own layer
     * built by the factory of {@link #of(Supplier)} (default 1), the checked layer's parameters
     * copied in. Results equal the single-threaded ones bit for bit. Inside a
     * {@code @GradCheckTest} the factory may be left out: the test method is invoked again with the
     * same seed and the layer of its matching check is taken. Elsewhere, more than one thread without
     * a factory makes {@link #run()} throw a {@link GradCheckConfigurationException}.
     *
     * @param threads 1 or more
     * @return this builder
     */
    public GradCheck threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        return this;
    }

    /**
     * Limits how long the check may take (default two minutes); a layer that does not finish in
     * time gets {@link Verdict#TIMEOUT}.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public GradCheck timeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        this.timeout = timeout;
        return this;
    }

    /** The layer instance this check works on. */
    public Object layer() {
        return layer;
    }

    /** Whether WARN fails {@link #assertCorrect()}. */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Runs the check and returns its result; never throws for a wrong or misbehaving layer.
     *
     * @return the result
     * @throws GradCheckConfigurationException if the inputs do not fit the forward pass, or the
     *         shapes of a parameter and its gradient differ
     */
    public GradCheckResult run() {
        CheckSettings settings = new CheckSettings(layer, Optional.ofNullable(factory), List.copyOf(inputs),
                epsilon, thresholds, seed, trainingSteps, learningRate, dropout, label, mode, threads, timeout);
        return CheckRunner.run(settings);
    }

    /**
     * Runs the check and throws if the gradient is wrong (FAIL, or WARN when strict) or no numeric
     * verdict could be given.
     *
     * @return the result, when it passes
     * @throws AssertionFailedError with an account of the tensors and the worst components
     */
    public GradCheckResult assertCorrect() {
        GradCheckResult result = run();
        if (!result.passes(strict)) {
            throw new AssertionFailedError(FailureMessage.format(result), result.cause().orElse(null));
        }
        return result;
    }

    @Override
    public String toString() {
        return "GradCheck[" + layer.getClass().getName() + ", inputs=" + inputs.size() + ", seed=" + seed
                + (label.isEmpty() ? "" : ", " + label) + "]";
    }
}
