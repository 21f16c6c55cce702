package org.gradcheck4j.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A daemon thread that runs checks handed to it, kept in a pool of idle threads. Between checks it
 * waits for a short while by yielding before it parks, and the caller waits for a short check the
 * same way, so that handing a small check over needs no park and unpark: on a virtual machine that
 * pair costs tens of microseconds, as much as the whole check of a 100-parameter layer. Yielding
 * rather than spinning gives the processor away when another thread needs it: with the other core
 * busy, a spinning caller held the check's own thread off its core for the whole spin (a 45 µs check
 * took 250 µs). With a single processor nobody waits this way. A thread idle for a minute ends.
 * Internal.
 */
final class CheckThread implements Runnable {

    /** How long an idle thread, and a waiting caller, yield before they park. */
    static final long SPIN_NANOS = Runtime.getRuntime().availableProcessors() > 1
            ? TimeUnit.MICROSECONDS.toNanos(200) : 0;
    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ConcurrentLinkedDeque<CheckThread> IDLE = new ConcurrentLinkedDeque<>();

    private final Thread thread;
    private volatile Runnable task;
    private volatile boolean parked;

    private CheckThread() {
        thread = new Thread(this, "gradcheck4j-check-" + COUNT.incrementAndGet());
        thread.setDaemon(true);
    }

    /**
     * Starts {@code body} on an idle thread, or on a new one when none is idle. The thread returns
     * to the pool as soon as the body ends, before the result is published, so that a caller who
     * submits its next check at once finds it idle instead of starting another thread.
     */
    static <T> FutureTask<T> submit(Callable<T> body) {
        CheckThread worker = IDLE.pollFirst();
        boolean fresh = worker == null;
        CheckThread self = fresh ? new CheckThread() : worker;
        FutureTask<T> future = new FutureTask<>(() -> {
            try {
                return body.call();
            } finally {
                IDLE.addFirst(self);
            }
        });
        self.task = future;
        if (fresh) {
            self.thread.start();
        } else if (self.parked) {
            LockSupport.unpark(self.thread);
        }
        return future;
    }

    @Override
    public void run() {
        while (true) {
            Runnable next = awaitTask();
            if (next == null) {
                return;
            }
            task = null;
            Thread.interrupted();
            next.run();
        }
    }

    /** The next task, or null when this thread was idle too long and left the pool. */
    private Runnable awaitTask() {
        long start = System.nanoTime();
        Runnable next;
        while ((next = task) == null && System.nanoTime() - start < SPIN_NANOS) {
            Thread.yield();
        }
        while (next == null) {
            parked = true;
            if ((next = task) == null) {
                LockSupport.parkNanos(this, IDLE_NANOS);
                next = task;
            }
            parked = false;
            if (next == null && System.nanoTime() - start > IDLE_NANOS && IDLE.remove(this)) {
                return null;
            }
        }
        return next;
    }
}
