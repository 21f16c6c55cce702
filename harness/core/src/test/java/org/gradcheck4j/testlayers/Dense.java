package org.gradcheck4j.testlayers;

import java.util.Random;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.Param;

/** A correct dense layer y = W x + b on double[][] (one column per example). */
@GradChecked
public class Dense {

    @Param protected double[][] W;
    @Param protected double[] b;
    @Grad("W") protected double[][] dW;
    @Grad("b") protected double[] db;
    protected double[][] x;

    /** The weight matrix itself (not a copy). */
    public double[][] weights() {
        return W;
    }

    public Dense(int in, int out, Random random) {
        W = Mat.random(out, in, random, 0.5);
        b = new double[out];
        for (int i = 0; i < out; i++) {
            b[i] = random.nextGaussian() * 0.1;
        }
        dW = new double[out][in];
        db = new double[out];
    }

    @Forward
    public double[][] forward(double[][] x) {
        this.x = x;
        double[][] y = Mat.times(W, x);
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y[0].length; j++) {
                y[i][j] += b[i];
            }
        }
        return y;
    }

    @Backward
    public double[][] backward(double[][] dy) {
        Mat.assign(dW, Mat.times(dy, Mat.transpose(x)));
        for (int i = 0; i < db.length; i++) {
            double s = 0;
            for (double v : dy[i]) {
                s += v;
            }
            db[i] = s;
        }
        return Mat.times(Mat.transpose(W), dy);
    }
}
