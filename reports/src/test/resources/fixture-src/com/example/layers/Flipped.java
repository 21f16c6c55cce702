package com.example.layers;

/** Inherits @GradChecked from Dense; overrides backward without repeating @Backward. */
public class Flipped extends Dense {

    @Override
    public double[] backward(double[] dy) {
        double[] dx = super.backward(dy);
        for (double[] row : dW) {
            for (int j = 0; j < row.length; j++) {
                row[j] = -row[j];
            }
        }
        return dx;
    }
}
