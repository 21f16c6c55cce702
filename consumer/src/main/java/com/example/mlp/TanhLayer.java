package com.example.mlp;

import java.util.Random;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.Param;

/** A fully connected tanh layer y = tanh(x Wᵀ + b), one row of x per example. */
@GradChecked
public class TanhLayer {

    @Param private final double[][] weights;
    @Param private final double[] bias;
    @Grad("weights") private final double[][] weightGradient;
    @Grad("bias") private final double[] biasGradient;
    private double[][] input;
    private double[][] output;

    /** A layer with Xavier weights (σ = √(1/in)) and zero biases. */
    public TanhLayer(int in, int out, Random random) {
        this(xavier(in, out, random), new double[out]);
    }

    /** A layer with the given weights (out × in) and biases (out); neither is copied. */
    public TanhLayer(double[][] weights, double[] bias) {
        this.weights = weights;
        this.bias = bias;
        this.weightGradient = new double[weights.length][weights[0].length];
        this.biasGradient = new double[bias.length];
    }

    @Forward
    public double[][] forward(double[][] x) {
        input = x;
        output = new double[x.length][weights.length];
        for (int n = 0; n < x.length; n++) {
            for (int i = 0; i < weights.length; i++) {
                double z = bias[i];
                for (int j = 0; j < x[n].length; j++) {
                    z += weights[i][j] * x[n][j];
                }
                output[n][i] = Math.tanh(z);
            }
        }
        return output;
    }

    @Backward
    public double[][] backward(double[][] dy) {
        double[][] dx = new double[input.length][input[0].length];
        for (int i = 0; i < weights.length; i++) {
            biasGradient[i] = 0;
            java.util.Arrays.fill(weightGradient[i], 0);
            for (int n = 0; n < input.length; n++) {
                double dz = dy[n][i] * (1 - output[n][i] * output[n][i]);
                biasGradient[i] += dz;
                for (int j = 0; j < input[n].length; j++) {
                    weightGradient[i][j] += dz * input[n][j];
                    dx[n][j] += weights[i][j] * dz;
                }
            }
        }
        return dx;
    }

    private static double[][] xavier(int in, int out, Random random) {
        double[][] w = new double[out][in];
        for (double[] row : w) {
            for (int j = 0; j < in; j++) {
                row[j] = random.nextGaussian() * Math.sqrt(1.0 / in);
            }
        }
        return w;
    }
}
