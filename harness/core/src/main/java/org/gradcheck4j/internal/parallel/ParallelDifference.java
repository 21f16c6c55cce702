package org.gradcheck4j.internal.parallel;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;
import org.apiguardian.api.API;
import org.gradcheck4j.internal.differences.CentralDifference;
import org.gradcheck4j.internal.theta.Theta;

/**
 * The exhaustive numeric gradient split over threads. Components are independent, so workers take
 * chunks of the flat index space from a shared cursor (which balances a machine shared with other
 * work); the calling thread works on the checked layer, every other thread on its own
 * {@link Replica}. Each component is computed by {@link CentralDifference#derivative} exactly as in
 * the single-threaded run and θ is restored bit-exactly after each, so the result is identical
 * bit for bit whichever thread computed which component. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ParallelDifference {

    private static final int CHUNKS_PER_WORKER = 64;
    private static final int MAX_CHUNK = 256;

    private final List<Theta> thetas = new ArrayList<>();
    private final List<DoubleSupplier> costs = new ArrayList<>();
    private final double[][] numeric;
    private final long[] offsets;
    private final long size;
    private final int chunk;
    private final AtomicLong cursor = new AtomicLong();
    private final AtomicBoolean failed = new AtomicBoolean();

    private ParallelDifference(Theta theta, DoubleSupplier cost, List<Replica> replicas) {
        thetas.add(theta);
        costs.add(cost);
        for (Replica r : replicas) {
            thetas.add(r.theta());
            costs.add(r.objective()::cost);
        }
        int slots = theta.slots().size();
        numeric = new double[slots][];
        offsets = new long[slots + 1];
        for (int s = 0; s < slots; s++) {
            numeric[s] = new double[theta.slots().get(s).size()];
            offsets[s + 1] = offsets[s] + numeric[s].length;
        }
        size = offsets[slots];
        chunk = (int) Math.max(1, Math.min(MAX_CHUNK, size / ((long) thetas.size() * CHUNKS_PER_WORKER)));
    }

    /**
     * The numeric gradient of every slot of {@code theta}, with base step {@code epsilon}, computed by
     * the calling thread and one thread per replica.
     */
    public static double[][] gradient(Theta theta, DoubleSupplier cost, List<Replica> replicas, double epsilon) {
        return new ParallelDifference(theta, cost, replicas).run(epsilon);
    }

    private double[][] run(double epsilon) {
        int workers = thetas.size();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, workers - 1), daemon());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 1; w < workers; w++) {
                int worker = w;
                futures.add(pool.submit(() -> work(worker, epsilon)));
            }
            work(0, epsilon);
            for (Future<?> f : futures) {
                await(f);
            }
            return numeric;
        } finally {
            failed.set(true);
            pool.shutdownNow();
        }
    }

    private void work(int worker, double epsilon) {
        Theta theta = thetas.get(worker);
        DoubleSupplier cost = costs.get(worker);
        try {
            for (long from = cursor.getAndAdd(chunk); from < size && !failed.get(); from = cursor.getAndAdd(chunk)) {
                long to = Math.min(size, from + chunk);
                int s = slot(from);
                for (long k = from; k < to; k++) {
                    while (k >= offsets[s + 1]) {
                        s++;
                    }
                    int i = (int) (k - offsets[s]);
                    numeric[s][i] = CentralDifference.derivative(theta.slots().get(s), i, cost, epsilon);
                }
            }
        } catch (RuntimeException | Error e) {
            failed.set(true);
            throw e;
        }
    }

    private int slot(long flat) {
        int s = 0;
        while (flat >= offsets[s + 1]) {
            s++;
        }
        return s;
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the worker threads", e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        AtomicLong count = new AtomicLong();
        return r -> {
            Thread t = new Thread(r, "gradcheck4j-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
