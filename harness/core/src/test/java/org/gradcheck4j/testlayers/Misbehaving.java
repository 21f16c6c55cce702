package org.gradcheck4j.testlayers;

import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.annotation.Penalty;

/**
 * Layers that misbehave in one way each, on top of a correct {@code y = W x} with a penalty
 * {@code ½‖W‖²}: W is 2×2, x is 2×3 (a column per example), dJ/dx = Wᵀ dy.
 */
public final class Misbehaving {

    private Misbehaving() {
    }

    /** The input every fixture takes. */
    public static double[][] input() {
        return new double[][] {{0.3, -1.2, 0.7}, {1.1, 0.4, -0.5}};
    }

    /** The correct layer the others derive from. */
    public static class Linear {
        @Param public double[][] W = {{0.5, -0.25}, {1.5, 0.75}};
        @Grad("W") public double[][] dW = new double[2][2];
        protected double[][] x;

        @Forward
        public Object forward(double[][] x) {
            this.x = x;
            return Mat.times(W, x);
        }

        @Backward
        public Object backward(double[][] dy) {
            double[][] g = Mat.times(dy, Mat.transpose(x));
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    dW[i][j] = g[i][j] + W[i][j];
                }
            }
            return Mat.times(Mat.transpose(W), dy);
        }

        @Penalty
        public double penalty() {
            double s = 0;
            for (double[] row : W) {
                for (double v : row) {
                    s += v * v / 2;
                }
            }
            return s;
        }
    }

    /** dJ/dx with a short second row. */
    public static class RaggedInputGradient extends Linear {
        @Override
        public Object backward(double[][] dy) {
            double[][] dx = (double[][]) super.backward(dy);
            dx[1] = new double[] {dx[1][0]};
            return dx;
        }
    }

    /** dJ/dx with the rows and columns swapped (3×2 instead of 2×3). */
    public static class TransposedInputGradient extends Linear {
        @Override
        public Object backward(double[][] dy) {
            return Mat.transpose((double[][]) super.backward(dy));
        }
    }

    /** dJ/dx flattened into one row. */
    public static class FlatInputGradient extends Linear {
        @Override
        public Object backward(double[][] dy) {
            return ((double[][]) super.backward(dy))[0];
        }
    }

    /** dJ/dx as a String. */
    public static class StringInputGradient extends Linear {
        @Override
        public Object backward(double[][] dy) {
            super.backward(dy);
            return "dx";
        }
    }

    /** dJ/dx null. */
    public static class NullInputGradient extends Linear {
        @Override
        public Object backward(double[][] dy) {
            super.backward(dy);
            return null;
        }
    }

    /** dJ/dx with a null row. */
    public static class NullRowInputGradient extends Linear {
        @Override
        public Object backward(double[][] dy) {
            double[][] dx = (double[][]) super.backward(dy);
            dx[0] = null;
            return dx;
        }
    }

    /** The @Grad field replaced by a ragged array. */
    public static class RaggedGradField extends Linear {
        @Override
        public Object backward(double[][] dy) {
            Object dx = super.backward(dy);
            dW = new double[][] {dW[0], {dW[1][0]}};
            return dx;
        }
    }

    /** The @Grad field replaced by an array of another shape. */
    public static class ReshapedGradField extends Linear {
        @Override
        public Object backward(double[][] dy) {
            Object dx = super.backward(dy);
            dW = new double[][] {{dW[0][0], dW[0][1], dW[1][0], dW[1][1]}};
            return dx;
        }
    }

    /** The @Grad field set to null. */
    public static class NullGradField extends Linear {
        @Override
        public Object backward(double[][] dy) {
            Object dx = super.backward(dy);
            dW = null;
            return dx;
        }
    }

    /** The output is ragged. */
    public static class RaggedOutput extends Linear {
        @Override
        public Object forward(double[][] x) {
            double[][] y = (double[][]) super.forward(x);
            y[1] = new double[] {y[1][0]};
            return y;
        }
    }

    /** The output is a String. */
    public static class StringOutput extends Linear {
        @Override
        public Object forward(double[][] x) {
            super.forward(x);
            return "y";
        }
    }

    /** The output is null. */
    public static class NullOutput extends Linear {
        @Override
        public Object forward(double[][] x) {
            super.forward(x);
            return null;
        }
    }

    /** The output loses a column from the second call on. */
    public static class ShrinkingOutput extends Linear {
        private int calls;

        @Override
        public Object forward(double[][] x) {
            double[][] y = (double[][]) super.forward(x);
            return ++calls == 1 ? y : new double[][] {{y[0][0], y[0][1]}, {y[1][0], y[1][1]}};
        }
    }

    /** The penalty throws. */
    public static class ThrowingPenalty extends Linear {
        @Override
        public double penalty() {
            throw new ArithmeticException("penalty");
        }
    }

    /** Backward throws a checked exception. */
    public static class ThrowingBackward extends Linear {
        @Override
        public Object backward(double[][] dy) {
            throw sneaky(new java.io.IOException("backward"));
        }
    }

    /** Backward's dJ/dx holds a NaN. */
    public static class NaNInputGradient extends Linear {
        @Override
        public Object backward(double[][] dy) {
            double[][] dx = (double[][]) super.backward(dy);
            dx[1][2] = Double.NaN;
            return dx;
        }
    }

    /** The output holds an infinity. */
    public static class InfiniteOutput extends Linear {
        @Override
        public Object forward(double[][] x) {
            double[][] y = (double[][]) super.forward(x);
            y[0][0] = Double.POSITIVE_INFINITY;
            return y;
        }
    }

    /** Forward decays the weights a little on every call. */
    public static class MutatingForward extends Linear {
        @Override
        public Object forward(double[][] x) {
            W[0][0] *= 0.999;
            return super.forward(x);
        }
    }

    /** Forward adds a counter: J drifts between two evaluations at the same θ. */
    public static class Drifting extends Linear {
        private int calls;

        @Override
        public double penalty() {
            return super.penalty() + 1e-3 * ++calls;
        }
    }

    /** Backward takes dJ/dx through W as the first forward pass saw it (a stale cache): wrong once W moved. */
    public static class StaleCache extends Linear {
        private double[][] cached;

        @Override
        public Object forward(double[][] x) {
            if (cached == null) {
                cached = new double[][] {W[0].clone(), W[1].clone()};
            }
            return super.forward(x);
        }

        @Override
        public Object backward(double[][] dy) {
            super.backward(dy);
            return Mat.times(Mat.transpose(cached), dy);
        }
    }

    /** Backward adds into dW instead of assigning it. */
    public static class Accumulating extends Linear {
        @Override
        public Object backward(double[][] dy) {
            double[][] before = {dW[0].clone(), dW[1].clone()};
            Object dx = super.backward(dy);
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    dW[i][j] += before[i][j];
                }
            }
            return dx;
        }
    }

    /** dJ/dW missing the penalty's term: a plain wrong gradient. */
    public static class MissingPenaltyGradient extends Linear {
        @Override
        public Object backward(double[][] dy) {
            Object dx = super.backward(dy);
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    dW[i][j] -= W[i][j];
                }
            }
            return dx;
        }
    }

    /** Forward fails with an Error of the JVM's. */
    public static class OverflowingForward extends Linear {
        @Override
        public Object forward(double[][] x) {
            return forward(x);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
