package org.gradcheck4j.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Generates a value from {@link Choices}. A generator that draws only through {@code Choices}
 * replays from a seed and shrinks for free: each choice moves toward its simplest value.
 *
 * @param <T> the generated type
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@FunctionalInterface
public interface Gen<T> {

    /**
     * Generates one value.
     *
     * @param choices the source of every random decision. Modified: choices are consumed.
     * @return the value
     */
    T generate(Choices choices);

    /**
     * {@return a generator of {@code f} applied to this generator's values}
     *
     * @param <R> the type of the new values
     * @param f the function
     */
    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return choices -> f.apply(generate(choices));
    }
}
