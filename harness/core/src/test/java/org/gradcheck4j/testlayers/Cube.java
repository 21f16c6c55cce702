package org.gradcheck4j.testlayers;

import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.Param;

/** The course's example f(θ) = θ³, whose derivative is 3θ². */
public class Cube {

    @Param double[] theta;
    @Grad("theta") double[] dTheta = new double[1];

    public Cube(double theta) {
        this.theta = new double[] {theta};
    }

    @Forward
    public double cost() {
        return theta[0] * theta[0] * theta[0];
    }

    @Backward
    public void backward() {
        dTheta[0] = 3 * theta[0] * theta[0];
    }

    /** Multiplies the gradient just computed by {@code factor} (for planted bugs). */
    protected void scaleGradient(double factor) {
        dTheta[0] *= factor;
    }
}
