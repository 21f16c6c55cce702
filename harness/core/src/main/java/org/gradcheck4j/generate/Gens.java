package org.gradcheck4j.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Random;
import org.apiguardian.api.API;

/**
 * Generators for what breaks backpropagation: dimensions down to the degenerate 1, initialisation
 * schemes, weights at trained scale, inputs of several distributions and extreme but finite
 * magnitudes. Each shrinks toward its simplest value: dimensions toward their minimum, scales and
 * magnitudes toward the nominal 1, schemes and distributions toward the first listed.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Gens {

    /** Multipliers of an initialisation's σ that stand for weights after training, nominal first. */
    public static final List<Double> TRAINED_SCALES = List.of(1.0, 3.0, 10.0);

    /** Input magnitudes, nominal first, then smaller and larger ones up to 1e±4. */
    public static final List<Double> MAGNITUDES = List.of(1.0, 1e-2, 1e2, 1e-4, 1e4);

    private Gens() {
    }

    /**
     * {@return a dimension in {@code [1, max]}, shrinking toward 1}
     *
     * @param max 1 or more
     */
    public static Gen<Integer> dimension(int max) {
        return between(1, max);
    }

    /**
     * {@return an int in {@code [min, max]}, shrinking toward {@code min}}
     *
     * @param min the smallest value
     * @param max the largest value
     */
    public static Gen<Integer> between(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("between(" + min + ", " + max + "): min > max");
        }
        return choices -> choices.between(min, max);
    }

    /**
     * {@return one of {@code values}, shrinking toward the first}
     *
     * @param <T> the type of value
     * @param values one or more values, the simplest first
     */
    @SafeVarargs
    public static <T> Gen<T> oneOf(T... values) {
        List<T> list = List.of(values);
        return choices -> choices.oneOf(list);
    }

    /** {@return an initialisation scheme, shrinking toward {@link Init#XAVIER}} */
    public static Gen<Init> init() {
        return oneOf(Init.values());
    }

    /** {@return a multiplier from {@link #TRAINED_SCALES}, shrinking toward 1} */
    public static Gen<Double> trainedScale() {
        return choices -> choices.oneOf(TRAINED_SCALES);
    }

    /** {@return a magnitude from {@link #MAGNITUDES}, shrinking toward 1} */
    public static Gen<Double> magnitude() {
        return choices -> choices.oneOf(MAGNITUDES);
    }

    /** {@return an input distribution, shrinking toward {@link InputDistribution#GAUSSIAN}} */
    public static Gen<InputDistribution> distribution() {
        return oneOf(InputDistribution.values());
    }

    /** {@return a {@code java.util.Random} seeded by one replayable choice} */
    public static Gen<Random> random() {
        return choices -> new Random(choices.seed());
    }

    /**
     * {@return a {@code rows × cols} weight matrix of {@code init} times {@code scale}}
     *
     * @param rows 1 or more
     * @param cols 1 or more, the fan-in
     * @param init the initialisation scheme
     * @param scale the multiplier
     */
    public static Gen<double[][]> weights(int rows, int cols, Init init, double scale) {
        return choices -> init.matrix(rows, cols, scale, new Random(choices.seed()));
    }

    /**
     * {@return a {@code rows × cols} matrix from {@code distribution} times {@code magnitude}}
     *
     * @param rows 1 or more
     * @param cols 1 or more
     * @param distribution where the values come from
     * @param magnitude the multiplier
     */
    public static Gen<double[][]> matrix(int rows, int cols, InputDistribution distribution, double magnitude) {
        return choices -> distribution.matrix(rows, cols, magnitude, new Random(choices.seed()));
    }
}
