package org.gradcheck4j.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.gradcheck4j.GradCheckResult;

/**
 * Receivers of every finished check's result, such as the JSON writer of a JUnit run. Thread-safe.
 * Internal.
 */
public final class ResultListeners {

    private static final List<Consumer<GradCheckResult>> LISTENERS = new CopyOnWriteArrayList<>();

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

    /** Hands a result to every receiver; a receiver that throws does not stop the others. */
    public static void publish(GradCheckResult result) {
        for (Consumer<GradCheckResult> listener : LISTENERS) {
            try {
                listener.accept(result);
            } catch (RuntimeException e) {
                System.err.println("gradcheck4j: a result listener failed: " + e);
            }
        }
    }
}
