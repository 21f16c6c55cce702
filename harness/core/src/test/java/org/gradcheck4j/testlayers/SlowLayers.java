package org.gradcheck4j.testlayers;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.Param;

/** Layers that take their time: a correct {@code J = Σ tanh(W)²} whose forward pass is slowed down. */
public final class SlowLayers {

    private SlowLayers() {
    }

    /** J = Σ tanh(w_ij)², every forward pass taking {@code millis} and ignoring interrupts. */
    public static class Slow {
        @Param public double[][] W;
        @Grad("W") public double[][] dW;
        private final long millis;

        public Slow(int n, long millis) {
            this.millis = millis;
            W = new double[n][n];
            dW = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    W[i][j] = Math.sin(1.7 * i + 0.3 * j + 0.1);
                }
            }
        }

        @Forward
        public double cost() {
            pause();
            double j = 0;
            for (double[] row : W) {
                for (double v : row) {
                    double t = Math.tanh(v);
                    j += t * t;
                }
            }
            return j;
        }

        /** Waits the pause, ignoring interrupts (as code that catches and drops them does). */
        protected void pause() {
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
            for (long left = end - System.nanoTime(); left > 0; left = end - System.nanoTime()) {
                LockSupport.parkNanos(left);
            }
        }

        @Backward
        public void backward() {
            for (int i = 0; i < W.length; i++) {
                for (int j = 0; j < W.length; j++) {
                    double t = Math.tanh(W[i][j]);
                    dW[i][j] = 2 * t * (1 - t * t);
                }
            }
        }

        /** A copy of W. */
        public double[][] weights() {
            double[][] copy = new double[W.length][];
            for (int i = 0; i < W.length; i++) {
                copy[i] = W[i].clone();
            }
            return copy;
        }
    }

    /**
     * Hangs in forward, ignoring interrupts, whenever {@code W[row][col]} alone is moved from its first value (a finite difference of it),
     * until {@link #release} is counted down.
     */
    public static class HangsOnOneComponent extends Slow {
        public final CountDownLatch release = new CountDownLatch(1);
        public final CountDownLatch hung = new CountDownLatch(1);
        private final int row;
        private final int col;
        private final double[][] first;

        public HangsOnOneComponent(int n, int row, int col) {
            super(n, 0);
            this.row = row;
            this.col = col;
            this.first = weights();
        }

        /** Only W[row][col] moved: a finite difference of that component, not the noise or stale-state probes. */
        private boolean onlyTheComponentMoved() {
            for (int i = 0; i < W.length; i++) {
                for (int j = 0; j < W[i].length; j++) {
                    boolean moved = W[i][j] != first[i][j];
                    if (moved != (i == row && j == col)) {
                        return false;
                    }
                }
            }
            return true;
        }

        @Override
        protected void pause() {
            if (onlyTheComponentMoved()) {
                hung.countDown();
                while (release.getCount() > 0) {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        // ignored: a forward pass that never returns
                    }
                }
            }
        }
    }
}
