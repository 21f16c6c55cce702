package org.gradcheck4j.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The generated case of one try: draws named dimensions, weights and inputs and remembers what it
 * drew, so that a failing case can be reported, replayed from its seed and shrunk.
 *
 * <pre>{@code
 * int in = c.dimension("in", 6);
 * int width = c.dimension("width", 6);
 * int batch = c.batch(8);
 * double[][] w = c.weights("W", width, in);       // draws the scheme and a trained scale
 * double[][] x = c.input("x", batch, in);         // draws the distribution and a magnitude
 * }</pre>
 *
 * Not thread-safe: one {@code Case} per try.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Case {

    private final Choices choices;
    private final Map<String, String> drawn = new LinkedHashMap<>();

    /**
     * A case drawing from {@code choices}.
     *
     * @param choices the source of every value. Modified: choices are consumed.
     */
    public Case(Choices choices) {
        this.choices = choices;
    }

    /**
     * {@return a case drawn at random from {@code seed}; the same seed gives the same case}
     *
     * @param seed any value
     */
    public static Case seeded(long seed) {
        return new Case(Choices.seeded(seed));
    }

    /**
     * A case read from fuzzer-chosen bytes, e.g. Jazzer's {@code byte[]} input.
     *
     * @param data the bytes. Not modified.
     * @return the case
     */
    public static Case fromBytes(byte[] data) {
        return new Case(Choices.fromBytes(data));
    }

    /**
     * {@return a dimension in {@code [1, max]}, shrinking toward 1}
     *
     * @param name what the dimension is called in the drawn values
     * @param max 1 or more
     */
    public int dimension(String name, int max) {
        return draw(name, Gens.dimension(max));
    }

    /**
     * {@return the batch size (named {@code batch}) in {@code [1, max]}, shrinking toward 1}
     *
     * @param max 1 or more
     */
    public int batch(int max) {
        return dimension("batch", max);
    }

    /**
     * A {@code rows × cols} weight matrix: a drawn scheme ({@code <name> init}) times a drawn trained
     * scale ({@code <name> scale}), both shrinking toward the nominal.
     *
     * @param name the tensor's name
     * @param rows 1 or more
     * @param cols 1 or more, the fan-in
     * @return a new matrix
     */
    public double[][] weights(String name, int rows, int cols) {
        Init init = draw(name + " init", Gens.init());
        double scale = draw(name + " scale", Gens.trainedScale());
        return Gens.weights(rows, cols, init, scale).generate(choices);
    }

    /**
     * A {@code rows × cols} input: a drawn distribution ({@code <name> distribution}) times a drawn
     * magnitude ({@code <name> magnitude}), both shrinking toward the nominal.
     *
     * @param name the input's name
     * @param rows 1 or more
     * @param cols 1 or more
     * @return a new matrix
     */
    public double[][] input(String name, int rows, int cols) {
        InputDistribution distribution = draw(name + " distribution", Gens.distribution());
        double magnitude = draw(name + " magnitude", Gens.magnitude());
        return Gens.matrix(rows, cols, distribution, magnitude).generate(choices);
    }

    /** {@return a {@code Random} seeded by one replayable choice} */
    public Random random() {
        return Gens.random().generate(choices);
    }

    /**
     * {@return a value of any generator, remembered under {@code name}}
     *
     * @param <T> the type of value
     * @param name what the value is called in the drawn values
     * @param gen the generator
     */
    public <T> T draw(String name, Gen<T> gen) {
        T value = gen.generate(choices);
        String key = drawn.containsKey(name) ? name + "#" + (drawn.size() + 1) : name;
        drawn.put(key, String.valueOf(value));
        return value;
    }

    /** {@return what was drawn by name, in order} */
    public Map<String, String> drawn() {
        return Collections.unmodifiableMap(drawn);
    }

    /** The choices this case draws from. */
    Choices choices() {
        return choices;
    }

    /** {@code in=1, width=3, batch=1, W init=XAVIER, ...} */
    @Override
    public String toString() {
        return drawn.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
