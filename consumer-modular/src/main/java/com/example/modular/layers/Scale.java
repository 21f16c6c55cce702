package com.example.modular.layers;

import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.Param;

/** An element-wise affine layer y_i = w_i x_i + b_i; with {@code plantedBug} its bias gradient is doubled. */
@GradChecked
public class Scale {

    @Param private final double[] w;
    @Param private final double[] b;
    @Grad("w") private final double[] dw;
    @Grad("b") private final double[] db;
    private final boolean plantedBug;
    private double[] x;

    /** A layer with weights {@code w} and biases {@code b} (not copied). */
    public Scale(double[] w, double[] b, boolean plantedBug) {
        this.w = w;
        this.b = b;
        this.dw = new double[w.length];
        this.db = new double[b.length];
        this.plantedBug = plantedBug;
    }

    @Forward
    private double[] forward(double[] input) {
        x = input.clone();
        double[] y = new double[w.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = w[i] * x[i] + b[i];
        }
        return y;
    }

    @Backward
    private double[] backward(double[] dy) {
        double[] dx = new double[x.length];
        for (int i = 0; i < dy.length; i++) {
            dw[i] = dy[i] * x[i];
            db[i] = plantedBug ? 2 * dy[i] : dy[i];
            dx[i] = dy[i] * w[i];
        }
        return dx;
    }
}
