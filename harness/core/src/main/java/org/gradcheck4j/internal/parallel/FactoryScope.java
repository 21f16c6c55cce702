package org.gradcheck4j.internal.parallel;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * A factory offered by the code that runs a check on the current thread, for a check that asks
 * for {@code threads(n > 1)} without one: {@code @GradCheckTest} offers its test method invoked
 * again with the same seed. A factory given to {@code GradCheck.of(Supplier)} always wins.
 * Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class FactoryScope {

    private static final ThreadLocal<Supplier<?>> CURRENT = new ThreadLocal<>();

    private FactoryScope() {
    }

    /** Runs {@code body} with {@code factory} offered to the checks it runs on this thread. */
    public static <T> T with(Supplier<?> factory, Supplier<T> body) {
        Supplier<?> outer = CURRENT.get();
        CURRENT.set(factory);
        try {
            return body.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The factory offered on this thread, if any. */
    public static Optional<Supplier<?>> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
