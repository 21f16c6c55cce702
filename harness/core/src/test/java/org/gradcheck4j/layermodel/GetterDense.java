package org.gradcheck4j.layermodel;

import java.util.Random;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.testlayers.Mat;

/** A dense layer y = W x + b whose parameters sit in private state behind getters. Test fixture. */
public class GetterDense {

    private final double[][][] weights = new double[2][][];
    private final double[][][] gradients = new double[2][][];
    private double[][] x;

    public GetterDense(int in, int out, Random random) {
        weights[0] = Mat.random(out, in, random, 0.5);
        weights[1] = Mat.random(out, 1, random, 0.1);
        gradients[0] = new double[out][in];
        gradients[1] = new double[out][1];
    }

    @Param
    public double[][] getW() {
        return weights[0];
    }

    @Param
    public double[][] getBias() {
        return weights[1];
    }

    @Grad("W")
    public double[][] getDW() {
        return gradients[0];
    }

    @Grad("bias")
    public double[][] getDBias() {
        return gradients[1];
    }

    @Forward
    public double[][] forward(double[][] x) {
        this.x = x;
        double[][] y = Mat.times(getW(), x);
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y[0].length; j++) {
                y[i][j] += getBias()[i][0];
            }
        }
        return y;
    }

    @Backward
    public double[][] backward(double[][] dy) {
        Mat.assign(getDW(), weightGradient(dy));
        for (int i = 0; i < dy.length; i++) {
            getDBias()[i][0] = 0;
            for (double v : dy[i]) {
                getDBias()[i][0] += v;
            }
        }
        return Mat.times(Mat.transpose(getW()), dy);
    }

    protected double[][] weightGradient(double[][] dy) {
        return Mat.times(dy, Mat.transpose(x));
    }

    /** Planted bug: dW written from x·dyᵀ transposed the wrong way (a sign flip). */
    public static class NegatedWeights extends GetterDense {
        public NegatedWeights(int in, int out, Random random) {
            super(in, out, random);
        }

        @Override
        protected double[][] weightGradient(double[][] dy) {
            double[][] g = super.weightGradient(dy);
            for (double[] row : g) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = -row[j];
                }
            }
            return g;
        }
    }
}
