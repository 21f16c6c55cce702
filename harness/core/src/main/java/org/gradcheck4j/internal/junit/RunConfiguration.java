package org.gradcheck4j.internal.junit;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.gradcheck4j.Thresholds;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The settings of one annotated method after the configuration parameters {@code gradcheck4j.*}
 * have overridden its attributes: seeds, training steps, thresholds and strictness.
 *
 * @param seeds the seeds, one or more, without duplicates
 * @param trainingSteps the training steps, one or more, each at least 0
 * @param thresholds the thresholds, when the annotation or the configuration sets them
 * @param strict whether WARN fails
 */
@API(status = INTERNAL, since = "0.1.0")
public record RunConfiguration(List<Long> seeds, List<Integer> trainingSteps, Optional<Thresholds> thresholds,
                               boolean strict) {

    /** Replays one seed: {@code gradcheck4j.seed=42}. */
    public static final String SEED = "gradcheck4j.seed";
    /** Replaces the seeds: {@code gradcheck4j.seeds=1,2,3}. */
    public static final String SEEDS = "gradcheck4j.seeds";
    /** Replaces the training steps: {@code gradcheck4j.trainingSteps=0,50}. */
    public static final String TRAINING_STEPS = "gradcheck4j.trainingSteps";
    /** Replaces the thresholds: {@code gradcheck4j.thresholds=1e-7,1e-5,1e-3}. */
    public static final String THRESHOLDS = "gradcheck4j.thresholds";
    /** Replaces the strictness: {@code gradcheck4j.strict=true}. */
    public static final String STRICT = "gradcheck4j.strict";

    /** Copies the lists. */
    public RunConfiguration {
        seeds = List.copyOf(seeds);
        trainingSteps = List.copyOf(trainingSteps);
    }

    /**
     * Validates an annotation's attributes and applies the configuration parameters of the run.
     *
     * @param annotation the annotation's name for messages, e.g. {@code @GradCheckTest}
     * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException naming the attribute
     *         or parameter and the rule it breaks
     */
    public static RunConfiguration resolve(String annotation, long[] seeds, int[] trainingSteps,
                                           double[] thresholds, boolean strict, ExtensionContext context) {
        Requirement rule = Requirement.of(annotation);
        List<Long> seedList = seeds(rule, "seeds", Arrays.stream(seeds).boxed().toList());
        List<Integer> stepList = steps(rule, "trainingSteps", Arrays.stream(trainingSteps).boxed().toList());
        Optional<Thresholds> limits = thresholds(rule, "thresholds", thresholds);
        ConfigurationParameters parameters = new ConfigurationParameters(context);

        seedList = parameters.longs(SEEDS).map(v -> seeds(Requirement.parameter(SEEDS), SEEDS, v)).orElse(seedList);
        seedList = parameters.longValue(SEED).map(List::of).orElse(seedList);
        stepList = parameters.ints(TRAINING_STEPS)
                .map(v -> steps(Requirement.parameter(TRAINING_STEPS), TRAINING_STEPS, v)).orElse(stepList);
        Optional<double[]> configured = parameters.doubles(THRESHOLDS);
        if (configured.isPresent()) {
            limits = thresholds(Requirement.parameter(THRESHOLDS), THRESHOLDS, configured.get());
        }
        boolean strictness = parameters.bool(STRICT).orElse(strict);
        return new RunConfiguration(seedList, stepList, limits, strictness);
    }

    static List<Long> seeds(Requirement rule, String name, List<Long> seeds) {
        if (seeds.isEmpty()) {
            throw rule.fail(name, "not be empty");
        }
        Set<Long> seen = new HashSet<>();
        for (Long seed : seeds) {
            if (!seen.add(seed)) {
                throw rule.fail(name, "contain no duplicates", seed + " twice");
            }
        }
        return seeds;
    }

    static List<Integer> steps(Requirement rule, String name, List<Integer> steps) {
        if (steps.isEmpty()) {
            throw rule.fail(name, "not be empty");
        }
        for (int step : steps) {
            if (step < 0) {
                throw rule.fail(name, "contain only values greater than or equal to 0", step);
            }
        }
        return steps;
    }

    static Optional<Thresholds> thresholds(Requirement rule, String name, double[] values) {
        if (values.length == 0) {
            return Optional.empty();
        }
        if (values.length != 3) {
            throw rule.fail(name, "have exactly 3 values {pass, warn, fail} or none", values.length + " values");
        }
        double pass = values[0];
        double warn = values[1];
        double fail = values[2];
        if (!(pass > 0 && pass <= warn && warn <= fail) || Double.isInfinite(fail)) {
            throw rule.fail(name, "satisfy 0 < pass <= warn <= fail", Arrays.toString(values));
        }
        return Optional.of(new Thresholds(pass, warn, fail));
    }
}
