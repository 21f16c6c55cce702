package org.gradcheck4j.diagnosis;

import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.GradChecked;

/** ReLU, y = max(0, z); backward passes dy where {@link #passes} says so. */
@GradChecked
class Relu {

    private double[][] z;

    @Forward
    public double[][] forward(double[][] z) {
        this.z = z;
        double[][] y = new double[z.length][z[0].length];
        for (int i = 0; i < z.length; i++) {
            for (int j = 0; j < z[0].length; j++) {
                y[i][j] = Math.max(0, z[i][j]);
            }
        }
        return y;
    }

    @Backward
    public double[][] backward(double[][] dy) {
        double[][] dz = new double[z.length][z[0].length];
        for (int i = 0; i < z.length; i++) {
            for (int j = 0; j < z[0].length; j++) {
                dz[i][j] = passes(z[i][j]) ? dy[i][j] : 0;
            }
        }
        return dz;
    }

    protected boolean passes(double z) {
        return z > 0;
    }

    /** Planted: gradient passes where z is negative too. */
    static class PassingNegatives extends Relu {
        @Override
        protected boolean passes(double z) {
            return true;
        }
    }

    /** Planted: the test is z > 0.5, blocking gradient for 0 &lt; z ≤ 0.5. */
    static class ThresholdTooHigh extends Relu {
        @Override
        protected boolean passes(double z) {
            return z > 0.5;
        }
    }

    /** Planted: the test is inverted, z &lt;= 0 passes gradient and z &gt; 0 blocks it. */
    static class InvertedTest extends Relu {
        @Override
        protected boolean passes(double z) {
            return z <= 0;
        }
    }

    /** Inputs away from the kink at 0 with some values in (0, 0.5]: rows of a fixed grid. */
    static double[][] input() {
        return new double[][] {{-1.3, 0.2, 0.9, -0.4}, {0.35, 1.7, -0.8, 0.1}, {-2.1, 0.45, 0.6, -0.05}};
    }
}
