package org.gradcheck4j.layermodel;

import java.util.List;
import java.util.Random;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.annotation.Tensors;
import org.gradcheck4j.testlayers.Mat;

/**
 * A two-input gate y = (W x) ⊙ z, x in × m and z out × m: dJ/dx = Wᵀ(dy ⊙ z), dJ/dz = dy ⊙ W x,
 * dJ/dW = (dy ⊙ z) xᵀ. Backward returns both input gradients. Test fixture, with planted bugs.
 */
public class Gate extends GateBase {

    public Gate(int in, int out, Random random) {
        super(in, out, random);
    }

    @Backward
    public Tensors backward(double[][] dy) {
        return Tensors.of(gradients(dy));
    }

    /** Planted bug in the z path only: dJ/dz = dy ⊙ z instead of dy ⊙ W x. */
    public static class WrongZGradient extends Gate {
        public WrongZGradient(int in, int out, Random random) {
            super(in, out, random);
        }

        @Override
        protected double zFactor(int i, int j) {
            return z(i, j);
        }
    }

    /** The same gate returning its input gradients as a List. */
    public static class AsList extends GateBase {
        public AsList(int in, int out, Random random) {
            super(in, out, random);
        }

        @Backward
        public List<Object> backward(double[][] dy) {
            return List.of(gradients(dy));
        }
    }

    /** Misconfigured at run time: returns Tensors.of(dx), one gradient for two inputs. */
    public static class OneOfTwo extends GateBase {
        public OneOfTwo(int in, int out, Random random) {
            super(in, out, random);
        }

        @Backward
        public Tensors backward(double[][] dy) {
            return Tensors.of(gradients(dy)[0]);
        }
    }

    /** Misconfigured: returns dJ/dx alone, so dJ/dz would go unchecked. */
    public static class OnlyDx {
        @Param double[][] W = {{0.5}};
        @Grad("W") double[][] dW = {{0}};

        @Forward
        public double[][] forward(double[][] x, double[][] z) {
            return x;
        }

        @Backward
        public double[][] backward(double[][] dy) {
            return dy;
        }
    }
}

/** The gate's state and arithmetic; the subclasses choose how backward returns the gradients. */
abstract class GateBase {

    @Param double[][] W;
    @Grad("W") double[][] dW;
    private double[][] x;
    private double[][] z;
    private double[][] wx;

    GateBase(int in, int out, Random random) {
        W = Mat.random(out, in, random, 0.5);
        dW = new double[out][in];
    }

    @Forward
    public double[][] forward(double[][] x, double[][] z) {
        this.x = x;
        this.z = z;
        wx = Mat.times(W, x);
        double[][] y = new double[wx.length][wx[0].length];
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y[0].length; j++) {
                y[i][j] = wx[i][j] * z[i][j];
            }
        }
        return y;
    }

    /** Fills dW; returns {dJ/dx, dJ/dz}. */
    protected Object[] gradients(double[][] dy) {
        double[][] dyz = new double[dy.length][dy[0].length];
        double[][] dz = new double[dy.length][dy[0].length];
        for (int i = 0; i < dy.length; i++) {
            for (int j = 0; j < dy[0].length; j++) {
                dyz[i][j] = dy[i][j] * z[i][j];
                dz[i][j] = dy[i][j] * zFactor(i, j);
            }
        }
        Mat.assign(dW, Mat.times(dyz, Mat.transpose(x)));
        return new Object[] {Mat.times(Mat.transpose(W), dyz), dz};
    }

    /** What dJ/dz multiplies dy by: (W x)_ij. */
    protected double zFactor(int i, int j) {
        return wx[i][j];
    }

    protected double z(int i, int j) {
        return z[i][j];
    }
}
