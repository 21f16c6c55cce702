package org.gradcheck4j.diagnosis;

import java.util.Random;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Constant;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.annotation.Penalty;
import org.gradcheck4j.testlayers.Mat;

/**
 * Ridge regression: J = (1/2m)‖W x + b − y‖² + (λ/2m)‖W‖²_F, the L2 term as a {@code @Penalty}.
 * Its slips are set by the hooks {@link #dataScale} and {@link #penaltyScale}.
 */
@GradChecked
class Ridge {

    @Param protected double[][] W;
    @Param protected double[] b;
    @Grad("W") protected double[][] dW;
    @Grad("b") protected double[] db;
    protected final double lambda;
    protected double[][] x;
    protected double[][] r;

    Ridge(int in, int out, double lambda, Random random) {
        this.lambda = lambda;
        W = Mat.random(out, in, random, 0.7);
        b = new double[out];
        for (int i = 0; i < out; i++) {
            b[i] = random.nextGaussian();
        }
        dW = new double[out][in];
        db = new double[out];
    }

    @Forward
    public double forward(@Constant double[][] x, @Constant double[][] y) {
        this.x = x;
        int m = x[0].length;
        r = Mat.times(W, x);
        double cost = 0;
        for (int i = 0; i < r.length; i++) {
            for (int j = 0; j < m; j++) {
                r[i][j] += b[i] - y[i][j];
                cost += r[i][j] * r[i][j];
            }
        }
        return cost / (2.0 * m);
    }

    @Penalty
    public double l2() {
        return lambda / (2.0 * x[0].length) * Mat.frobeniusSquared(W);
    }

    @Backward
    public void backward() {
        int m = x[0].length;
        double[][] g = Mat.times(r, Mat.transpose(x));
        for (int i = 0; i < g.length; i++) {
            double s = 0;
            for (int j = 0; j < m; j++) {
                s += r[i][j];
            }
            db[i] = dataScale(m) * s;
            for (int k = 0; k < g[i].length; k++) {
                dW[i][k] = dataScale(m) * g[i][k] + penaltyScale() * lambda / m * W[i][k];
            }
        }
    }

    /** What the data term's gradient is multiplied by: 1/m. */
    protected double dataScale(int m) {
        return 1.0 / m;
    }

    /** What the penalty's gradient (λ/m)·W is multiplied by: 1. */
    protected double penaltyScale() {
        return 1;
    }

    /** Random targets, one row per output. */
    static double[][] targets(int out, int m, Random random) {
        return Mat.random(out, m, random, 1);
    }

    /** Planted: the data term's gradient has its sign flipped. */
    static class DataSignFlipped extends Ridge {
        DataSignFlipped(int in, int out, double lambda, Random random) {
            super(in, out, lambda, random);
        }

        @Override
        protected double dataScale(int m) {
            return -1.0 / m;
        }
    }

    /** Planted: the data term's gradient lacks its 1/m. */
    static class DataWithoutOneOverM extends Ridge {
        DataWithoutOneOverM(int in, int out, double lambda, Random random) {
            super(in, out, lambda, random);
        }

        @Override
        protected double dataScale(int m) {
            return 1;
        }
    }

    /** Planted: the penalty's gradient is left out of dW. */
    static class WithoutPenaltyGradient extends Ridge {
        WithoutPenaltyGradient(int in, int out, double lambda, Random random) {
            super(in, out, lambda, random);
        }

        @Override
        protected double penaltyScale() {
            return 0;
        }
    }

    /** Planted: the penalty's gradient is subtracted from dW. */
    static class PenaltyGradientSubtracted extends Ridge {
        PenaltyGradientSubtracted(int in, int out, double lambda, Random random) {
            super(in, out, lambda, random);
        }

        @Override
        protected double penaltyScale() {
            return -1;
        }
    }
}
