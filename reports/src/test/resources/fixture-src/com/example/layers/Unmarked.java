package com.example.layers;

public class Unmarked {
    public double[] forward(double[] x) {
        return x;
    }

    public double[] backward(double[] dy) {
        return dy;
    }
}
