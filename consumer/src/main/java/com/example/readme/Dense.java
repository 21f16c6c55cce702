package com.example.readme;

// The example of README.md, verbatim: it compiles and its check passes here.
import java.util.Random;
import org.gradcheck4j.annotation.*;

@GradChecked
public class Dense {
    @Param double[][] W;                 // out × in
    @Param double[] b;                   // out
    @Grad("W") double[][] dW;
    @Grad("b") double[] db;
    private double[][] x;                // in × m, one column per example

    public Dense(int in, int out, Random random) {
        W = new double[out][in];
        for (double[] row : W) for (int j = 0; j < in; j++) row[j] = random.nextGaussian() * 0.1;
        b = new double[out];
        dW = new double[out][in];
        db = new double[out];
    }

    @Forward
    public double[][] forward(double[][] x) {          // y = W x + b
        this.x = x;
        double[][] y = new double[W.length][x[0].length];
        for (int i = 0; i < W.length; i++)
            for (int j = 0; j < x[0].length; j++) {
                y[i][j] = b[i];
                for (int k = 0; k < x.length; k++) y[i][j] += W[i][k] * x[k][j];
            }
        return y;
    }

    @Backward
    public double[][] backward(double[][] dy) {        // fills dW, db; returns dJ/dx
        double[][] dx = new double[x.length][x[0].length];
        for (int i = 0; i < W.length; i++) {
            db[i] = 0;
            for (int k = 0; k < x.length; k++) dW[i][k] = 0;
            for (int j = 0; j < x[0].length; j++) {
                db[i] += dy[i][j];
                for (int k = 0; k < x.length; k++) {
                    dW[i][k] += dy[i][j] * x[k][j];
                    dx[k][j] += W[i][k] * dy[i][j];
                }
            }
        }
        return dx;
    }
}
