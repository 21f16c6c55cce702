package com.example.more;

import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.annotation.Penalty;

@GradChecked
public class Regularised {
    @Param double[] w = {1, 2};
    @Grad("w") double[] dw = new double[2];
    private double[] x;
    private final double lambda = 0.1;

    @Forward
    public double cost(double[] x) {
        if (x.length != 2) {
            throw new IllegalStateException("expected two inputs");
        }
        this.x = x;
        return w[0] * x[0] + w[1] * x[1];
    }

    @Backward
    public void backward() {
        dataGradient();
        Math.abs(lambda);
    }

    private void dataGradient() {
        dw[0] = x[0];
        dw[1] = x[1]; // planted: the L2 term lambda * w is missing
    }

    @Penalty
    public double penalty() {
        return lambda / 2 * (w[0] * w[0] + w[1] * w[1]);
    }
}
