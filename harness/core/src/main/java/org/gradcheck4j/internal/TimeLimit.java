package org.gradcheck4j.internal;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a check on a daemon thread of its own and stops waiting after the time limit, so that a
 * forward pass that never returns cannot hang the test run. Java cannot kill the thread: it is
 * interrupted and abandoned. Internal.
 */
final class TimeLimit {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private TimeLimit() {
    }

    /**
     * The task's result, or empty when it did not finish in time.
     *
     * @throws RuntimeException or Error when the task threw one
     */
    static <T> java.util.Optional<T> run(Callable<T> task, Duration limit) {
        FutureTask<T> future = new FutureTask<>(task);
        Thread worker = new Thread(future, "gradcheck4j-check-" + THREADS.incrementAndGet());
        worker.setDaemon(true);
        worker.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        worker.start();
        try {
            return java.util.Optional.of(future.get(limit.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            future.cancel(true);
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the gradient check", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
