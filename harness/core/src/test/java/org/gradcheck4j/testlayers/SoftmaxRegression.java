package org.gradcheck4j.testlayers;

import java.util.Random;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Constant;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.Param;

/** Softmax regression with cross-entropy over one-hot labels: J = −(1/m) Σ y log softmax(W x + b). */
@GradChecked
public class SoftmaxRegression {

    @Param protected double[][] W;
    @Param protected double[] b;
    @Grad("W") protected double[][] dW;
    @Grad("b") protected double[] db;
    protected double[][] x;
    protected double[][] labels;
    protected double[][] p;

    public SoftmaxRegression(int in, int classes, Random random) {
        W = Mat.random(classes, in, random, 0.3);
        b = new double[classes];
        dW = new double[classes][in];
        db = new double[classes];
    }

    @Forward
    public double forward(@Constant double[][] x, @Constant double[][] labels) {
        this.x = x;
        this.labels = labels;
        int m = x[0].length;
        double[][] z = Mat.times(W, x);
        p = new double[z.length][m];
        double cost = 0;
        for (int j = 0; j < m; j++) {
            double max = Double.NEGATIVE_INFINITY;
            for (double[] row : z) {
                max = Math.max(max, row[j]);
            }
            double sum = 0;
            for (int i = 0; i < z.length; i++) {
                p[i][j] = Math.exp(z[i][j] + b[i] - max);
                sum += p[i][j];
            }
            for (int i = 0; i < z.length; i++) {
                p[i][j] /= sum;
                cost -= labels[i][j] * Math.log(p[i][j]);
            }
        }
        return cost / m;
    }

    @Backward
    public void backward() {
        int m = x[0].length;
        double[][] dz = new double[p.length][m];
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < m; j++) {
                dz[i][j] = (p[i][j] - labels[i][j]) / scale(m);
            }
        }
        Mat.assign(dW, Mat.times(dz, Mat.transpose(x)));
        for (int i = 0; i < db.length; i++) {
            double s = 0;
            for (double v : dz[i]) {
                s += v;
            }
            db[i] = s;
        }
    }

    /** The batch size divided by: m. */
    protected double scale(int m) {
        return m;
    }

    /** One-hot labels for m examples over the classes, drawn from {@code random}. */
    public static double[][] labels(int classes, int m, Random random) {
        double[][] y = new double[classes][m];
        for (int j = 0; j < m; j++) {
            y[random.nextInt(classes)][j] = 1;
        }
        return y;
    }

    /** The planted slip: the 1/m of the cost is missing from the gradient. */
    public static class WithoutOneOverM extends SoftmaxRegression {
        public WithoutOneOverM(int in, int classes, Random random) {
            super(in, classes, random);
        }

        @Override
        protected double scale(int m) {
            return 1;
        }
    }
}
