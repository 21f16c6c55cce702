package org.gradcheck4j.diagnosis;

import java.util.Random;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Constant;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.testlayers.Mat;

/**
 * Ridge regression with the L2 term inside the cost (no {@code @Penalty}):
 * J = (1/2m)‖W x − y‖² + (costLambda/2m)‖W‖², and backward adds (gradLambda/m)·W. Correct when
 * both lambdas are equal.
 */
@GradChecked
class RidgeInOneCost {

    @Param protected double[][] W;
    @Grad("W") protected double[][] dW;
    private final double costLambda;
    private final double gradLambda;
    private double[][] x;
    private double[][] r;

    RidgeInOneCost(int in, int out, double costLambda, double gradLambda, Random random) {
        this.costLambda = costLambda;
        this.gradLambda = gradLambda;
        W = Mat.random(out, in, random, 0.7);
        dW = new double[out][in];
    }

    @Forward
    public double forward(@Constant double[][] x, @Constant double[][] y) {
        this.x = x;
        int m = x[0].length;
        r = Mat.times(W, x);
        double cost = 0;
        for (int i = 0; i < r.length; i++) {
            for (int j = 0; j < m; j++) {
                r[i][j] -= y[i][j];
                cost += r[i][j] * r[i][j];
            }
        }
        return (cost + costLambda * Mat.frobeniusSquared(W)) / (2.0 * m);
    }

    @Backward
    public void backward() {
        int m = x[0].length;
        double[][] g = Mat.times(r, Mat.transpose(x));
        for (int i = 0; i < g.length; i++) {
            for (int k = 0; k < g[i].length; k++) {
                dW[i][k] = (g[i][k] + gradLambda * W[i][k]) / m;
            }
        }
    }
}
