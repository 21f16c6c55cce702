package com.example.modular.closed;

import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.Param;

/** y_i = w_i x_i², correct, but in a package that module-info exports without opening it. */
@GradChecked
public class Square {

    @Param private final double[] w;
    @Grad("w") private final double[] dw;
    private double[] x;

    /** A layer with weights {@code w} (not copied). */
    public Square(double[] w) {
        this.w = w;
        this.dw = new double[w.length];
    }

    @Forward
    public double[] forward(double[] input) {
        x = input.clone();
        double[] y = new double[w.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = w[i] * x[i] * x[i];
        }
        return y;
    }

    @Backward
    public double[] backward(double[] dy) {
        double[] dx = new double[x.length];
        for (int i = 0; i < dy.length; i++) {
            dw[i] = dy[i] * x[i] * x[i];
            dx[i] = dy[i] * 2 * w[i] * x[i];
        }
        return dx;
    }
}
