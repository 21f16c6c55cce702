package org.gradcheck4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The time limit hands checks to pooled threads, passes results and failures back, and abandons a hung check. */
class TimeLimitTests {

    private static final Duration LONG = Duration.ofMinutes(1);

    private static <T> Optional<T> run(Callable<T> task, Duration limit) {
        return TimeLimit.run(task, limit, () -> { }).value();
    }

    @Test
    void onTimeOutTheTaskIsAskedToStopAndTheCallerWaitsForItToEnd() {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicBoolean ended = new AtomicBoolean();
        TimeLimit.Outcome<Object> outcome = TimeLimit.run(() -> {
            try {
                while (!cancelled.get()) {
                    Thread.onSpinWait();
                }
                Thread.sleep(50);
                return null;
            } finally {
                ended.set(true);
            }
        }, Duration.ofMillis(100), () -> cancelled.set(true));
        assertTrue(outcome.value().isEmpty());
        assertTrue(outcome.stopped());
        assertTrue(ended.get(), "the caller returned only after the task ended");
        assertThat(outcome.thread()).startsWith("gradcheck4j-check-");
    }

    @Test
    void aTaskThatIgnoresTheRequestIsReportedAsNotStoppedAfterTheGracePeriod() {
        CountDownLatch release = new CountDownLatch(1);
        long start = System.nanoTime();
        TimeLimit.Outcome<Object> outcome = TimeLimit.run(() -> {
            while (release.getCount() > 0) {
                Thread.onSpinWait();
            }
            return null;
        }, Duration.ofMillis(100), () -> { });
        long waited = System.nanoTime() - start;
        release.countDown();
        assertTrue(outcome.value().isEmpty());
        assertEquals(false, outcome.stopped());
        assertThat(waited).isGreaterThanOrEqualTo(TimeLimit.GRACE.toNanos());
    }

    @Test
    void theResultComesBackFromAnotherThread() {
        Thread caller = Thread.currentThread();
        Optional<Thread> worker = run(Thread::currentThread, LONG);
        assertTrue(worker.isPresent());
        assertThat(worker.get()).isNotSameAs(caller);
        assertTrue(worker.get().isDaemon());
        assertThat(worker.get().getName()).startsWith("gradcheck4j-check-");
    }

    @Test
    void checksInARowReuseTheirThreads() {
        Set<Thread> used = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            used.add(run(Thread::currentThread, LONG).orElseThrow());
        }
        assertThat(used).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void runtimeExceptionsAndErrorsReachTheCaller() {
        IllegalArgumentException thrown = new IllegalArgumentException("bad layer");
        assertSame(thrown, assertThrows(IllegalArgumentException.class, () -> run(() -> {
            throw thrown;
        }, LONG)));
        assertThrows(StackOverflowError.class, () -> run(() -> {
            throw new StackOverflowError();
        }, LONG));
        IllegalStateException wrapped = assertThrows(IllegalStateException.class, () -> run(() -> {
            throw new java.io.IOException("checked");
        }, LONG));
        assertThat(wrapped).hasCauseInstanceOf(java.io.IOException.class);
    }

    @Test
    void aHungTaskIsInterruptedAndAbandonedAndTheNextCheckStillRuns() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        Optional<Object> hung = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run(() -> {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                interrupted.countDown();
                Thread.sleep(Long.MAX_VALUE);
            }
            return null;
        }, Duration.ofMillis(100)));
        assertTrue(hung.isEmpty());
        assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the hung thread was interrupted");
        assertEquals(Optional.of(42), assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> run(() -> 42, LONG)));
    }

    @Test
    void aCheckLongerThanTheSpinIsWaitedFor() {
        Optional<String> slow = run(() -> {
            Thread.sleep(50);
            return "done";
        }, LONG);
        assertEquals(Optional.of("done"), slow);
    }

    @Test
    void theCallersContextClassLoaderIsSeenAndThenRestored() throws Exception {
        Thread caller = Thread.currentThread();
        ClassLoader before = caller.getContextClassLoader();
        try (URLClassLoader mine = new URLClassLoader(new URL[0], before)) {
            caller.setContextClassLoader(mine);
            assertSame(mine, run(() -> Thread.currentThread().getContextClassLoader(), LONG).orElseThrow());
            caller.setContextClassLoader(before);
            assertThat(run(() -> Thread.currentThread().getContextClassLoader(), LONG).orElseThrow())
                    .isSameAs(before);
        } finally {
            caller.setContextClassLoader(before);
        }
    }
}
