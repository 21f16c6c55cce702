package org.gradcheck4j.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.gradcheck4j.GradCheckConfigurationException;
import org.gradcheck4j.GradCheckResult;

/**
 * Receivers of every finished check's result, such as the JSON writer of a JUnit run. Thread-safe.
 * Internal.
 */
public final class ResultListeners {

    private static final List<Consumer<GradCheckResult>> LISTENERS = new CopyOnWriteArrayList<>();
    private static final List<BiConsumer<Class<?>, GradCheckConfigurationException>> ERROR_LISTENERS =
            new CopyOnWriteArrayList<>();
    private static final ThreadLocal<Boolean> MUTED = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private ResultListeners() {
    }

    /** Adds a receiver; it is called on the checking thread and must be thread-safe. */
    public static void register(Consumer<GradCheckResult> listener) {
        LISTENERS.add(listener);
    }

    /** Removes a receiver added with {@link #register}. */
    public static void unregister(Consumer<GradCheckResult> listener) {
        LISTENERS.remove(listener);
    }

    /** Adds a receiver of configuration errors (the class that could not be checked, and why). */
    public static void registerConfigurationErrors(BiConsumer<Class<?>, GradCheckConfigurationException> listener) {
        ERROR_LISTENERS.add(listener);
    }

    /** Removes a receiver added with {@link #registerConfigurationErrors}. */
    public static void unregisterConfigurationErrors(BiConsumer<Class<?>, GradCheckConfigurationException> listener) {
        ERROR_LISTENERS.remove(listener);
    }

    /**
     * Hands a configuration error to every receiver, unless this thread is {@link #muted}, and
     * returns it so that the caller can throw it.
     */
    public static GradCheckConfigurationException publish(Class<?> layer, GradCheckConfigurationException error) {
        if (!MUTED.get()) {
            for (BiConsumer<Class<?>, GradCheckConfigurationException> listener : ERROR_LISTENERS) {
                try {
                    listener.accept(layer, error);
                } catch (RuntimeException e) {
                    System.err.println("gradcheck4j: a result listener failed: " + e);
                }
            }
        }
        return error;
    }

    /**
     * Runs {@code work} with publishing switched off on this thread, for the many tries of a property
     * whose runner publishes the representative result itself.
     */
    public static <T> T muted(Supplier<T> work) {
        Boolean before = MUTED.get();
        MUTED.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            MUTED.set(before);
        }
    }

    /**
     * Hands a result to every receiver, unless this thread is {@link #muted}; a receiver that throws
     * does not stop the others.
     */
    public static void publish(GradCheckResult result) {
        if (MUTED.get()) {
            return;
        }
        for (Consumer<GradCheckResult> listener : LISTENERS) {
            try {
                listener.accept(result);
            } catch (RuntimeException e) {
                System.err.println("gradcheck4j: a result listener failed: " + e);
            }
        }
    }
}
