package org.gradcheck4j.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a check on a pooled daemon {@link CheckThread} and stops waiting after the time limit, so
 * that a forward pass that never returns cannot hang the test run. Java cannot kill the thread: it
 * is interrupted and abandoned, and the pool starts a new one for the next check. The caller yields
 * briefly before it blocks, so a small check is handed over and back without a park and unpark.
 * Internal.
 */
final class TimeLimit {

    private TimeLimit() {
    }

    /**
     * The task's result, or empty when it did not finish in time.
     *
     * @throws RuntimeException or Error when the task threw one
     */
    static <T> Optional<T> run(Callable<T> task, Duration limit) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        long start = System.nanoTime();
        FutureTask<T> future = CheckThread.submit(() -> {
            Thread worker = Thread.currentThread();
            ClassLoader before = worker.getContextClassLoader();
            worker.setContextClassLoader(loader);
            try {
                return task.call();
            } finally {
                worker.setContextClassLoader(before);
            }
        });
        while (!future.isDone() && System.nanoTime() - start < CheckThread.SPIN_NANOS) {
            Thread.yield();
        }
        try {
            long left = Math.max(0, limit.toNanos() - (System.nanoTime() - start));
            return Optional.of(future.isDone() ? future.get() : future.get(left, TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            future.cancel(true);
            return Optional.empty();
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
