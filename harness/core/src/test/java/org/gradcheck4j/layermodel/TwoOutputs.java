package org.gradcheck4j.layermodel;

import java.util.Random;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.annotation.Tensors;
import org.gradcheck4j.testlayers.Mat;

/**
 * A layer with two outputs, p = W x and q = x ⊙ x: J = Σ R_p ⊙ p + Σ R_q ⊙ q, so dJ/dx =
 * Wᵀ dp + 2 x ⊙ dq and dJ/dW = dp xᵀ. Test fixture, with a planted bug in the q path.
 */
public class TwoOutputs {

    @Param double[][] W;
    @Grad("W") double[][] dW;
    private double[][] x;

    public TwoOutputs(int in, int out, Random random) {
        W = Mat.random(out, in, random, 0.5);
        dW = new double[out][in];
    }

    @Forward
    public Tensors forward(double[][] x) {
        this.x = x;
        double[][] q = new double[x.length][x[0].length];
        for (int i = 0; i < q.length; i++) {
            for (int j = 0; j < q[0].length; j++) {
                q[i][j] = x[i][j] * x[i][j];
            }
        }
        return Tensors.of(Mat.times(W, x), q);
    }

    @Backward
    public double[][] backward(double[][] dp, double[][] dq) {
        Mat.assign(dW, Mat.times(dp, Mat.transpose(x)));
        double[][] dx = Mat.times(Mat.transpose(W), dp);
        for (int i = 0; i < dx.length; i++) {
            for (int j = 0; j < dx[0].length; j++) {
                dx[i][j] += qFactor() * x[i][j] * dq[i][j];
            }
        }
        return dx;
    }

    /** d(x²)/dx = 2x: the factor of the q path. */
    protected double qFactor() {
        return 2;
    }

    /** Planted bug in the second output's path: d(x²)/dx taken as x. */
    public static class WrongSecondPath extends TwoOutputs {
        public WrongSecondPath(int in, int out, Random random) {
            super(in, out, random);
        }

        @Override
        protected double qFactor() {
            return 1;
        }
    }

    /** The same layer taking every dJ/dy in one Tensors argument. */
    public static class OneArgument {
        private final TwoOutputs layer;
        @Param double[][] W;
        @Grad("W") double[][] dW;

        public OneArgument(int in, int out, Random random) {
            layer = new TwoOutputs(in, out, random);
            W = layer.W;
            dW = layer.dW;
        }

        @Forward
        public Tensors forward(double[][] x) {
            return layer.forward(x);
        }

        @Backward
        public double[][] backward(Tensors dys) {
            return layer.backward((double[][]) dys.get(0), (double[][]) dys.get(1));
        }
    }
}
