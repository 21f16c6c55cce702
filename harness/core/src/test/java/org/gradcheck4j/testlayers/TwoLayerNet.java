package org.gradcheck4j.testlayers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Constant;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.KeepProb;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.annotation.Penalty;
import org.gradcheck4j.annotation.RandomSource;

/**
 * A two-layer network: tanh hidden layer with inverted dropout, sigmoid output, binary
 * cross-entropy cost J = (1/m) Σ L(ŷ, y) with an L2 penalty (λ/2m) Σ ‖W[l]‖²_F.
 */
@GradChecked
public class TwoLayerNet {

    @Param protected List<double[][]> W = new ArrayList<>();
    @Param protected List<double[]> b = new ArrayList<>();
    @Grad("W") protected List<double[][]> dW = new ArrayList<>();
    @Grad("b") protected List<double[]> db = new ArrayList<>();
    @KeepProb protected double keepProb;
    @RandomSource protected Random random = new Random();
    protected final double lambda;
    protected double[][] x;
    protected double[][] y;
    protected double[][] a1;
    protected boolean[][] mask;
    protected double[][] yHat;

    public TwoLayerNet(int in, int hidden, double keepProb, double lambda, Random init) {
        this.keepProb = keepProb;
        this.lambda = lambda;
        int[] sizes = {in, hidden, 1};
        for (int l = 0; l < 2; l++) {
            W.add(Mat.random(sizes[l + 1], sizes[l], init, 0.6));
            b.add(new double[sizes[l + 1]]);
            dW.add(new double[sizes[l + 1]][sizes[l]]);
            db.add(new double[sizes[l + 1]]);
        }
    }

    @Forward
    public double forward(@Constant double[][] x, @Constant double[][] y) {
        this.x = x;
        this.y = y;
        int m = x[0].length;
        a1 = affine(0, x);
        mask = new boolean[a1.length][m];
        for (int i = 0; i < a1.length; i++) {
            for (int j = 0; j < m; j++) {
                mask[i][j] = random.nextDouble() < keepProb;
                a1[i][j] = mask[i][j] ? Math.tanh(a1[i][j]) / keepProb : 0;
            }
        }
        double[][] z2 = affine(1, a1);
        yHat = new double[1][m];
        double cost = 0;
        for (int j = 0; j < m; j++) {
            yHat[0][j] = 1 / (1 + Math.exp(-z2[0][j]));
            cost -= y[0][j] * Math.log(yHat[0][j]) + (1 - y[0][j]) * Math.log(1 - yHat[0][j]);
        }
        return cost / m;
    }

    @Penalty
    public double l2() {
        int m = x[0].length;
        return lambda / (2.0 * m) * (Mat.frobeniusSquared(W.get(0)) + Mat.frobeniusSquared(W.get(1)));
    }

    @Backward
    public void backward() {
        int m = x[0].length;
        double[][] dz2 = new double[1][m];
        for (int j = 0; j < m; j++) {
            dz2[0][j] = (yHat[0][j] - y[0][j]) / m;
        }
        layerGradients(1, dz2, a1);
        double[][] da1 = Mat.times(Mat.transpose(W.get(1)), dz2);
        double[][] dz1 = new double[da1.length][m];
        for (int i = 0; i < da1.length; i++) {
            for (int j = 0; j < m; j++) {
                double t = a1[i][j] * keepProb;
                dz1[i][j] = dropoutBackward(da1[i][j], i, j) * (1 - t * t);
            }
        }
        layerGradients(0, dz1, x);
    }

    /** Inverted dropout's backward: the mask and 1/keepProb applied again. */
    protected double dropoutBackward(double da, int i, int j) {
        return mask[i][j] ? da / keepProb : 0;
    }

    /** dW = dz aᵀ + (λ/m) W and db = Σ dz for layer {@code l}. */
    protected void layerGradients(int l, double[][] dz, double[][] aPrev) {
        int m = x[0].length;
        double[][] g = Mat.times(dz, Mat.transpose(aPrev));
        double[][] w = W.get(l);
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < g[0].length; j++) {
                g[i][j] += l2Gradient(w[i][j], m);
            }
        }
        Mat.assign(dW.get(l), g);
        for (int i = 0; i < dz.length; i++) {
            double s = 0;
            for (double v : dz[i]) {
                s += v;
            }
            db.get(l)[i] = s;
        }
    }

    protected double l2Gradient(double w, int m) {
        return lambda / m * w;
    }

    private double[][] affine(int l, double[][] in) {
        double[][] z = Mat.times(W.get(l), in);
        for (int i = 0; i < z.length; i++) {
            for (int j = 0; j < z[0].length; j++) {
                z[i][j] += b.get(l)[i];
            }
        }
        return z;
    }

    /** Binary labels, one row. */
    public static double[][] labels(int m, Random random) {
        double[][] y = new double[1][m];
        for (int j = 0; j < m; j++) {
            y[0][j] = random.nextBoolean() ? 1 : 0;
        }
        return y;
    }

    /** Planted: the L2 term's gradient is missing from dW. */
    public static class WithoutL2Gradient extends TwoLayerNet {
        public WithoutL2Gradient(int in, int hidden, double keepProb, double lambda, Random init) {
            super(in, hidden, keepProb, lambda, init);
        }

        @Override
        protected double l2Gradient(double w, int m) {
            return 0;
        }
    }

    /** Planted: backward ignores the dropout mask (and its 1/keepProb). */
    public static class DropoutMaskMissingInBackward extends TwoLayerNet {
        public DropoutMaskMissingInBackward(int in, int hidden, double keepProb, double lambda, Random init) {
            super(in, hidden, keepProb, lambda, init);
        }

        @Override
        protected double dropoutBackward(double da, int i, int j) {
            return da;
        }
    }
}
