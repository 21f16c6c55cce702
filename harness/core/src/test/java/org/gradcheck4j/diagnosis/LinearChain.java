package org.gradcheck4j.diagnosis;

import java.util.Random;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Constant;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.testlayers.Mat;

/** Two square linear maps in a row, y = W2 W1 x: two parameters of the same size. */
@GradChecked
class LinearChain {

    @Param protected double[][] W1;
    @Param protected double[][] W2;
    @Grad("W1") protected double[][] dW1;
    @Grad("W2") protected double[][] dW2;
    protected double[][] x;
    protected double[][] h;

    LinearChain(int n, Random random) {
        W1 = Mat.random(n, n, random, 0.5);
        W2 = Mat.random(n, n, random, 0.5);
        dW1 = new double[n][n];
        dW2 = new double[n][n];
    }

    @Forward
    public double[][] forward(@Constant double[][] x) {
        this.x = x;
        h = Mat.times(W1, x);
        return Mat.times(W2, h);
    }

    @Backward
    public void backward(double[][] dy) {
        Mat.assign(dW2, Mat.times(dy, Mat.transpose(h)));
        Mat.assign(dW1, Mat.times(Mat.times(Mat.transpose(W2), dy), Mat.transpose(x)));
    }

    /** Planted: dW1 is computed correctly and stored in dW2 as well. */
    static class FirstGradientStoredInSecond extends LinearChain {
        FirstGradientStoredInSecond(int n, Random random) {
            super(n, random);
        }

        @Override
        public void backward(double[][] dy) {
            super.backward(dy);
            Mat.assign(dW2, dW1);
        }
    }
}
