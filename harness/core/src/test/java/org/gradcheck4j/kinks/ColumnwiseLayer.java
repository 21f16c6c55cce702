package org.gradcheck4j.kinks;

import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.GradChecked;

/**
 * An elementwise function of a batch x (m rows × n columns) whose kinks may sit at learnable,
 * per-column positions: {@code y_ij = f_j(x_ij)}. Subclasses declare the parameters, the function,
 * and one element's share of the backward pass.
 */
@GradChecked
abstract class ColumnwiseLayer {
    double[][] x;

    /** f_j(x). */
    abstract double value(double x, int column);

    /**
     * One element's backward step: adds its share to the parameters' gradients and returns dJ/dx
     * of the element.
     */
    abstract double gradient(double x, double dy, int column);

    /** Zeroes the parameters' gradients before a backward pass. */
    abstract void clearGradients();

    @Forward
    public double[][] forward(double[][] x) {
        this.x = x;
        double[][] y = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            y[i] = new double[x[i].length];
            for (int j = 0; j < x[i].length; j++) {
                y[i][j] = value(x[i][j], j);
            }
        }
        return y;
    }

    @Backward
    public double[][] backward(double[][] dy) {
        clearGradients();
        double[][] dx = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            dx[i] = new double[x[i].length];
            for (int j = 0; j < x[i].length; j++) {
                dx[i][j] = gradient(x[i][j], dy[i][j], j);
            }
        }
        return dx;
    }
}
