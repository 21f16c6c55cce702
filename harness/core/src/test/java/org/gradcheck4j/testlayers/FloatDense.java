package org.gradcheck4j.testlayers;

import java.util.Random;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Constant;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.Param;

/** A correct dense layer in single precision: y = tanh(W x + b), float[][] throughout. */
@GradChecked
public class FloatDense {

    @Param protected float[][] W;
    @Param protected float[] b;
    @Grad("W") protected float[][] dW;
    @Grad("b") protected float[] db;
    protected float[][] x;
    protected float[][] y;

    public FloatDense(int in, int out, Random random) {
        W = new float[out][in];
        b = new float[out];
        for (int i = 0; i < out; i++) {
            for (int j = 0; j < in; j++) {
                W[i][j] = (float) (random.nextGaussian() * 0.5);
            }
            b[i] = (float) (random.nextGaussian() * 0.1);
        }
        dW = new float[out][in];
        db = new float[out];
    }

    @Forward
    public float[][] forward(@Constant float[][] x) {
        this.x = x;
        y = new float[W.length][x[0].length];
        for (int i = 0; i < W.length; i++) {
            for (int j = 0; j < x[0].length; j++) {
                float z = b[i];
                for (int k = 0; k < x.length; k++) {
                    z += W[i][k] * x[k][j];
                }
                y[i][j] = (float) Math.tanh(z);
            }
        }
        return y;
    }

    @Backward
    public void backward(float[][] dy) {
        for (int i = 0; i < W.length; i++) {
            db[i] = 0;
            for (int k = 0; k < x.length; k++) {
                dW[i][k] = 0;
            }
            for (int j = 0; j < x[0].length; j++) {
                float dz = dz(dy[i][j], y[i][j]);
                db[i] += dz;
                for (int k = 0; k < x.length; k++) {
                    dW[i][k] += dz * x[k][j];
                }
            }
        }
    }

    protected float dz(float dy, float y) {
        return dy * (1 - y * y);
    }

    /** Float input of the given shape. */
    public static float[][] input(int rows, int cols, Random random) {
        float[][] x = new float[rows][cols];
        for (float[] row : x) {
            for (int j = 0; j < cols; j++) {
                row[j] = (float) random.nextGaussian();
            }
        }
        return x;
    }

    /** Planted: the derivative of tanh forgotten (dz = dy). */
    public static class WithoutActivationDerivative extends FloatDense {
        public WithoutActivationDerivative(int in, int out, Random random) {
            super(in, out, random);
        }

        @Override
        protected float dz(float dy, float y) {
            return dy;
        }
    }
}
