package org.gradcheck4j.layermodel;

import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.Param;

/**
 * Layers y = tanh(a ⊙ x) that keep activations between calls, test fixtures: two with stale
 * caches (planted bugs a single forward-then-backward cannot see) and two that reuse buffers
 * correctly.
 */
public final class CachingLayers {

    private CachingLayers() {
    }

    /** The shared parameters and arithmetic; subclasses decide where the activation is kept. */
    abstract static class Scaled {
        @Param double[] a;
        @Grad("a") double[] da;
        double[] x;

        Scaled(double[] a) {
            this.a = a.clone();
            this.da = new double[a.length];
        }

        double activation(int i) {
            return Math.tanh(a[i] * x[i]);
        }

        /** Fills da from the activation t backward reads; returns dJ/dx. */
        double[] backwardFrom(double[] t, double[] dy) {
            double[] dx = new double[dy.length];
            for (int i = 0; i < dy.length; i++) {
                double g = dy[i] * (1 - t[i] * t[i]);
                da[i] = g * x[i];
                dx[i] = g * a[i];
            }
            return dx;
        }
    }

    /** Planted bug: double-buffered activations, and backward reads the buffer of the previous call. */
    public static class SwappedBuffers extends Scaled {
        private final double[][] buffers;
        private int turn;

        public SwappedBuffers(double[] a) {
            super(a);
            buffers = new double[2][a.length];
        }

        @Forward
        public double[] forward(double[] x) {
            this.x = x;
            double[] t = buffers[turn];
            for (int i = 0; i < t.length; i++) {
                t[i] = activation(i);
            }
            turn = 1 - turn;
            return t.clone();
        }

        @Backward
        public double[] backward(double[] dy) {
            return backwardFrom(buffers[turn], dy);
        }
    }

    /** Planted bug: the activation cache is filled on the first call only and never refreshed. */
    public static class FilledOnce extends Scaled {
        private double[] cache;

        public FilledOnce(double[] a) {
            super(a);
        }

        @Forward
        public double[] forward(double[] x) {
            this.x = x;
            double[] y = new double[x.length];
            boolean fill = cache == null;
            if (fill) {
                cache = new double[x.length];
            }
            for (int i = 0; i < y.length; i++) {
                y[i] = activation(i);
                if (fill) {
                    cache[i] = y[i];
                }
            }
            return y;
        }

        @Backward
        public double[] backward(double[] dy) {
            return backwardFrom(cache, dy);
        }
    }

    /** Correct: one buffer allocated once, overwritten by every call, returned itself. */
    public static class ReusedBuffer extends Scaled {
        private final double[] buffer;

        public ReusedBuffer(double[] a) {
            super(a);
            buffer = new double[a.length];
        }

        @Forward
        public double[] forward(double[] x) {
            this.x = x;
            for (int i = 0; i < buffer.length; i++) {
                buffer[i] = activation(i);
            }
            return buffer;
        }

        @Backward
        public double[] backward(double[] dy) {
            return backwardFrom(buffer, dy);
        }
    }

    /** Correct: counts its calls and keeps the previous output for monitoring, which backward never reads. */
    public static class Monitored extends Scaled {
        private long calls;
        private double[] previous;
        private double[] current;

        public Monitored(double[] a) {
            super(a);
        }

        @Forward
        public double[] forward(double[] x) {
            this.x = x;
            calls++;
            previous = current;
            current = new double[x.length];
            for (int i = 0; i < current.length; i++) {
                current[i] = activation(i);
            }
            return current.clone();
        }

        @Backward
        public double[] backward(double[] dy) {
            return backwardFrom(current, dy);
        }

        long calls() {
            return calls;
        }
    }
}
