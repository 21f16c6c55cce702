package org.gradcheck4j.kinks;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.Param;

/**
 * Layers that select (a maximum, the k largest, a norm's direction): their kinks are ties and near
 * ties. Each correct layer routes a tie's gradient to one side consistently; each class named for a
 * mistake plants one bug.
 */
final class SelectionLayers {

    private SelectionLayers() {
    }

    /**
     * Maxout over K pieces: {@code y_i = max_k (W_{k,i}·x + b_{k,i})}, row {@code k·out + i} of W
     * holding piece k of unit i; the gradient goes to the first maximal piece.
     */
    @GradChecked
    static class Maxout {
        final int pieces;
        @Param double[][] W;
        @Param double[] b;
        @Grad("W") double[][] dW;
        @Grad("b") double[] db;
        double[] x;

        Maxout(int pieces, double[][] w, double[] b) {
            this.pieces = pieces;
            this.W = w;
            this.b = b;
            dW = new double[w.length][w[0].length];
            db = new double[b.length];
        }

        int units() {
            return W.length / pieces;
        }

        double piece(int k, int i) {
            return VectorMath.dot(W[k * units() + i], x) + b[k * units() + i];
        }

        /** The first piece with the largest value. */
        int winner(int i) {
            int best = 0;
            for (int k = 1; k < pieces; k++) {
                best = piece(k, i) > piece(best, i) ? k : best;
            }
            return best;
        }

        @Forward
        public double[] forward(double[] x) {
            this.x = x;
            double[] y = new double[units()];
            for (int i = 0; i < y.length; i++) {
                y[i] = piece(winner(i), i);
            }
            return y;
        }

        /** The piece whose row receives unit i's gradient: the winner. */
        int routed(int i) {
            return winner(i);
        }

        @Backward
        public double[] backward(double[] dy) {
            for (double[] row : dW) {
                Arrays.fill(row, 0);
            }
            Arrays.fill(db, 0);
            double[] dx = new double[x.length];
            for (int i = 0; i < dy.length; i++) {
                int row = routed(i) * units() + i;
                db[row] = dy[i];
                VectorMath.axpy(dy[i], x, dW[row]);
                VectorMath.axpy(dy[i], W[row], dx);
            }
            return dx;
        }
    }

    /** Planted: backward recomputes the winning piece from W·x alone, forgetting the bias. */
    static class MaxoutWinnerWithoutBias extends Maxout {
        MaxoutWinnerWithoutBias(int pieces, double[][] w, double[] b) {
            super(pieces, w, b);
        }

        @Override
        int routed(int i) {
            int best = 0;
            for (int k = 1; k < pieces; k++) {
                int row = k * units() + i;
                best = VectorMath.dot(W[row], x) > VectorMath.dot(W[best * units() + i], x) ? k : best;
            }
            return best;
        }
    }

    /**
     * The k largest values of x, largest first; ties are ranked by index, so the gradient of rank r
     * goes to the element ranked r.
     */
    @GradChecked
    static class TopK {
        final int k;
        double[] x;
        int[] ranked;

        TopK(int k) {
            this.k = k;
        }

        @Forward
        public double[] forward(double[] x) {
            this.x = x;
            ranked = IntStream.range(0, x.length).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(i -> -x[i]).thenComparing(i -> i))
                    .mapToInt(Integer::intValue).toArray();
            double[] y = new double[k];
            for (int r = 0; r < k; r++) {
                y[r] = x[ranked[r]];
            }
            return y;
        }

        @Backward
        public double[] backward(double[] dy) {
            double[] dx = new double[x.length];
            for (int r = 0; r < k; r++) {
                dx[ranked[destination(r)]] = dy[r];
            }
            return dx;
        }

        /** The rank whose element receives dy[r]: r. */
        int destination(int r) {
            return r;
        }
    }

    /** Planted: the ranks reversed in backward (indices sorted ascending, values descending). */
    static class TopKReversed extends TopK {
        TopKReversed(int k) {
            super(k);
        }

        @Override
        int destination(int r) {
            return k - 1 - r;
        }
    }

    /** Max-pooling over windows of {@code size}; the first maximal element gets the gradient. */
    @GradChecked
    static class MaxPool {
        final int size;
        double[] x;

        MaxPool(int size) {
            this.size = size;
        }

        int argmax(int window) {
            int best = window * size;
            for (int i = best + 1; i < (window + 1) * size; i++) {
                best = x[i] > x[best] ? i : best;
            }
            return best;
        }

        @Forward
        public double[] forward(double[] x) {
            this.x = x;
            double[] y = new double[x.length / size];
            for (int k = 0; k < y.length; k++) {
                y[k] = x[argmax(k)];
            }
            return y;
        }

        @Backward
        public double[] backward(double[] dy) {
            double[] dx = new double[x.length];
            for (int k = 0; k < dy.length; k++) {
                dx[argmax(k)] = dy[k];
            }
            return dx;
        }
    }

    /** Planted: average-pooling's backward (dy/size to every element of the window). */
    static class MaxPoolAveraged extends MaxPool {
        MaxPoolAveraged(int size) {
            super(size);
        }

        @Override
        public double[] backward(double[] dy) {
            double[] dx = new double[x.length];
            for (int i = 0; i < dx.length; i++) {
                dx[i] = dy[i / size] / size;
            }
            return dx;
        }
    }

    /** The L2 norm of each row, {@code y_r = ‖X_r‖₂}; at a zero row the subgradient 0 is taken. */
    @GradChecked
    static class RowNorm {
        double[][] x;
        double[] norms;

        @Forward
        public double[] forward(double[][] x) {
            this.x = x;
            norms = new double[x.length];
            for (int r = 0; r < x.length; r++) {
                norms[r] = Math.sqrt(VectorMath.dot(x[r], x[r]));
            }
            return norms;
        }

        @Backward
        public double[][] backward(double[] dy) {
            double[][] dx = new double[x.length][x[0].length];
            for (int r = 0; r < x.length; r++) {
                if (norms[r] > 0) {
                    VectorMath.axpy(factor() * dy[r] / norms[r], x[r], dx[r]);
                }
            }
            return dx;
        }

        /** d√u/du · du/dx = x/‖x‖: factor 1. */
        double factor() {
            return 1;
        }
    }

    /** Planted: the ½ of the square root's derivative forgotten (2x/‖x‖). */
    static class RowNormWithoutHalf extends RowNorm {
        @Override
        double factor() {
            return 2;
        }
    }
}
