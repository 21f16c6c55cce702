package org.gradcheck4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.Param;
import org.junit.jupiter.api.Test;

/** Private fields and methods declared in a superclass are found, superclass parameters first. */
class InheritedPrivateParamTests {

    abstract static class Base {
        @Param private double[] w = {0.3, -0.2};
        @Grad("w") private double[] dw = new double[2];

        double[] weights() {
            return w;
        }

        @Backward
        private void backward() {
            double[] v = extra();
            for (int i = 0; i < 2; i++) {
                dw[i] = 2 * w[i] * v[0];
                extraGradient()[i] = w[i] * w[i];
            }
        }

        abstract double[] extra();

        abstract double[] extraGradient();
    }

    static class Scaled extends Base {
        @Param private double[] v = {1.5};
        @Grad("v") private double[] dv = new double[1];

        @Forward
        private double cost() {
            return v[0] * (weights()[0] * weights()[0] + weights()[1] * weights()[1]);
        }

        @Override
        double[] extra() {
            return v;
        }

        @Override
        double[] extraGradient() {
            dv[0] = 0;
            return new double[2];
        }
    }

    static class ScaledRight extends Scaled {
        @Override
        double[] extraGradient() {
            double[] sink = new double[2];
            return sink;
        }
    }

    @Test
    void privateInheritedParamsAreChecked() {
        GradCheckResult r = GradCheck.of(new Scaled()).run();
        assertEquals(List.of("w", "v"), r.tensors().stream().map(TensorResult::name).toList());
        assertEquals(Verdict.PASS, r.tensor("w").orElseThrow().verdict(), r::message);
        // dv is left at 0 although dJ/dv = Σ w² = 0.13: the check must see that
        assertEquals(Verdict.FAIL, r.tensor("v").orElseThrow().verdict(), r::message);
    }
}
