package com.example.layers;

/** Not a layer: no forward or backward. */
public class Helper {
    static double square(double v) {
        return v * v;
    }
}
