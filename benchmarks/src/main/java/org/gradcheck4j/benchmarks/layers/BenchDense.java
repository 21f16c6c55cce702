package org.gradcheck4j.benchmarks.layers;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Random;
import org.apiguardian.api.API;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.Param;

/**
 * A dense layer {@code y = x Wᵀ + b} with one row per example, written for speed: every inner loop
 * runs along contiguous rows and each row of W is read once per forward pass, not once per
 * example. {@code W} is {@code out × in}.
 */
@API(status = INTERNAL, since = "0.1.0")
public class BenchDense {

    @Param protected double[][] W;
    @Param protected double[] b;
    @Grad("W") protected double[][] dW;
    @Grad("b") protected double[] db;
    private double[][] x;

    /** A layer with weights drawn from {@code N(0, 1/in)} and biases from {@code N(0, 0.01)}. */
    public BenchDense(int in, int out, long seed) {
        Random random = new Random(seed);
        W = new double[out][in];
        b = new double[out];
        double scale = 1 / Math.sqrt(in);
        for (double[] row : W) {
            for (int i = 0; i < in; i++) {
                row[i] = random.nextGaussian() * scale;
            }
        }
        for (int o = 0; o < out; o++) {
            b[o] = random.nextGaussian() * 0.1;
        }
        dW = new double[out][in];
        db = new double[out];
    }

    /** The number of parameters, {@code out · in + out}. */
    public int parameters() {
        return W.length * W[0].length + b.length;
    }

    /** The weights (not a copy). */
    public double[][] weights() {
        return W;
    }

    /** dJ/dW after the last backward pass (not a copy). */
    public double[][] gradientOfWeights() {
        return dW;
    }

    /** The biases (not a copy). */
    public double[] biases() {
        return b;
    }

    @Forward
    public double[][] forward(double[][] x) {
        this.x = x;
        double[][] y = new double[x.length][W.length];
        for (int o = 0; o < W.length; o++) {
            double[] w = W[o];
            for (int e = 0; e < x.length; e++) {
                double[] xe = x[e];
                double s = b[o];
                for (int i = 0; i < w.length; i++) {
                    s += w[i] * xe[i];
                }
                y[e][o] = s;
            }
        }
        return y;
    }

    @Backward
    public double[][] backward(double[][] dy) {
        double[][] dx = new double[x.length][W[0].length];
        for (int o = 0; o < W.length; o++) {
            java.util.Arrays.fill(dW[o], 0);
            db[o] = 0;
        }
        for (int e = 0; e < x.length; e++) {
            for (int o = 0; o < W.length; o++) {
                double g = dy[e][o];
                double[] w = W[o];
                double[] dw = dW[o];
                double[] xe = x[e];
                double[] dxe = dx[e];
                db[o] += g;
                for (int i = 0; i < w.length; i++) {
                    dw[i] += g * xe[i];
                    dxe[i] += g * w[i];
                }
            }
        }
        return dx;
    }

    /** A square layer with about {@code n} parameters: {@code d = round(√n)} inputs and outputs. */
    public static BenchDense ofSize(int n, long seed) {
        int d = (int) Math.round(Math.sqrt(n));
        return new BenchDense(d, d, seed);
    }

    /** An input of {@code batch} examples for this layer. */
    public double[][] input(int batch, long seed) {
        Random random = new Random(seed);
        double[][] in = new double[batch][W[0].length];
        for (double[] row : in) {
            for (int i = 0; i < row.length; i++) {
                row[i] = random.nextGaussian();
            }
        }
        return in;
    }
}
