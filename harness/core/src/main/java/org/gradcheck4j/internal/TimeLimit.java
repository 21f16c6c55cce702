package org.gradcheck4j.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a check on a pooled daemon {@link CheckThread} and stops waiting after the time limit, so
 * that a forward pass that never returns cannot hang the test run. On time-out the check is asked to
 * stop (its cancellation is requested, so that it ends at the next evaluation of J, restoring what
 * it perturbed) and its thread is interrupted; the caller then waits up to {@link #GRACE} for it to
 * end. Java cannot kill a thread: one still in the layer's code after that is abandoned, and the
 * pool starts a new one for the next check. The caller yields briefly before it blocks, so a small
 * check is handed over and back without a park and unpark. Internal.
 */
final class TimeLimit {

    /** How long a timed-out check is given to reach its next evaluation boundary and stop. */
    static final Duration GRACE = Duration.ofSeconds(1);

    private TimeLimit() {
    }

    /**
     * What became of a task: its value, or none when it did not finish in time; then whether its
     * thread stopped within the grace period, and the thread's name.
     */
    record Outcome<T>(Optional<T> value, boolean stopped, String thread) {
    }

    /**
     * Runs {@code task} with a time limit.
     *
     * @param cancel asks the task to stop at its next evaluation boundary; run on time-out
     * @throws RuntimeException or Error when the task threw one in time
     */
    static <T> Outcome<T> run(Callable<T> task, Duration limit, Runnable cancel) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        long start = System.nanoTime();
        CountDownLatch ended = new CountDownLatch(1);
        AtomicReference<String> name = new AtomicReference<>("");
        FutureTask<T> future = CheckThread.submit(() -> {
            Thread worker = Thread.currentThread();
            name.set(worker.getName());
            ClassLoader before = worker.getContextClassLoader();
            worker.setContextClassLoader(loader);
            try {
                return task.call();
            } finally {
                worker.setContextClassLoader(before);
                ended.countDown();
            }
        });
        while (!future.isDone() && System.nanoTime() - start < CheckThread.SPIN_NANOS) {
            Thread.yield();
        }
        try {
            long left = Math.max(0, limit.toNanos() - (System.nanoTime() - start));
            T value = future.isDone() ? future.get() : future.get(left, TimeUnit.NANOSECONDS);
            return new Outcome<>(Optional.of(value), true, name.get());
        } catch (TimeoutException e) {
            cancel.run();
            future.cancel(true);
            return new Outcome<>(Optional.empty(), awaitEnd(ended), name.get());
        } catch (InterruptedException e) {
            cancel.run();
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

    private static boolean awaitEnd(CountDownLatch ended) {
        try {
            return ended.await(GRACE.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ended.getCount() == 0;
        }
    }
}
