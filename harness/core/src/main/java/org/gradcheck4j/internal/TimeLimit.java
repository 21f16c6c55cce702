package org.gradcheck4j.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a check on a pooled daemon thread and stops waiting after the time limit, so that a forward
 * pass that never returns cannot hang the test run. Java cannot kill the thread: it is interrupted
 * and abandoned, and the pool starts a new one for the next check. Reusing threads keeps the cost of
 * the limit to a hand-over per check, which matters for small layers. Internal.
 */
final class TimeLimit {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
        Thread worker = new Thread(task, "gradcheck4j-check-" + THREADS.incrementAndGet());
        worker.setDaemon(true);
        return worker;
    });

    private TimeLimit() {
    }

    /**
     * The task's result, or empty when it did not finish in time.
     *
     * @throws RuntimeException or Error when the task threw one
     */
    static <T> Optional<T> run(Callable<T> task, Duration limit) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Future<T> future = POOL.submit(() -> {
            Thread worker = Thread.currentThread();
            ClassLoader before = worker.getContextClassLoader();
            worker.setContextClassLoader(loader);
            try {
                return task.call();
            } finally {
                worker.setContextClassLoader(before);
            }
        });
        try {
            return Optional.of(future.get(limit.toNanos(), TimeUnit.NANOSECONDS));
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
