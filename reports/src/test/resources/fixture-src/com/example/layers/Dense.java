package com.example.layers;

import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.Param;

@GradChecked
public class Dense {
    @Param double[][] W = new double[3][4];
    @Param double[] b = new double[3];
    @Grad("W") double[][] dW = new double[3][4];
    @Grad("b") double[] db = new double[3];
    private double[] x;

    @Forward
    public double[] forward(double[] x) {
        this.x = x;
        double[] y = new double[3];
        for (int i = 0; i < 3; i++) {
            y[i] = b[i];
            for (int j = 0; j < 4; j++) {
                y[i] += W[i][j] * x[j];
            }
        }
        return y;
    }

    @Backward
    public double[] backward(double[] dy) {
        double[] dx = new double[4];
        for (int i = 0; i < 3; i++) {
            db[i] = dy[i];
            for (int j = 0; j < 4; j++) {
                dW[i][j] = -dy[i] * x[j]; // planted: sign flipped
                dx[j] += W[i][j] * dy[i];
            }
        }
        return dx;
    }

    /** A nested layer that inherits its backward pass. */
    @GradChecked
    public static class Wide extends Dense {
    }
}
