package org.gradcheck4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.KeepProb;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.annotation.RandomSource;
import org.gradcheck4j.testlayers.Dense;
import org.gradcheck4j.testlayers.Mat;
import org.junit.jupiter.api.Test;

/** A class that cannot be checked is refused with a message naming the class, the member and the fix. */
class ConfigurationErrorTests {

    static class NoForward {
        @Param double[] w = {1};
        @Grad("w") double[] dw = {0};

        @Backward
        void backward() {
        }
    }

    static class NoBackward {
        @Param double[] w = {1};
        @Grad("w") double[] dw = {0};

        @Forward
        double cost() {
            return w[0];
        }
    }

    static class GradNamesNothing {
        @Param double[] w = {1};
        @Grad("w") double[] dw = {0};
        @Grad("v") double[] dv = {0};

        @Forward
        double cost() {
            return w[0];
        }

        @Backward
        void backward() {
        }
    }

    static class ParamWithoutGrad {
        @Param double[] w = {1};

        @Forward
        double cost() {
            return w[0];
        }

        @Backward
        void backward() {
        }
    }

    static class GradOfOtherType {
        @Param double[] w = {1};
        @Grad("w") float[] dw = {0};

        @Forward
        double cost() {
            return w[0];
        }

        @Backward
        void backward() {
        }
    }

    static class GradOfOtherShape {
        @Param double[][] w = new double[2][3];
        @Grad("w") double[][] dw = new double[3][2];

        @Forward
        double cost() {
            return w[0][0];
        }

        @Backward
        void backward() {
        }
    }

    static class UnknownTensorType {
        @Param String w = "weights";
        @Grad("w") String dw = "";

        @Forward
        double cost() {
            return 0;
        }

        @Backward
        void backward() {
        }
    }

    static class KeepProbNotDouble {
        @Param double[] w = {1};
        @Grad("w") double[] dw = {0};
        @KeepProb float keep = 0.5f;

        @Forward
        double cost() {
            return w[0];
        }

        @Backward
        void backward() {
        }
    }

    static class RandomSourceNotRandom {
        @Param double[] w = {1};
        @Grad("w") double[] dw = {0};
        @RandomSource long seed = 3;

        @Forward
        double cost() {
            return w[0];
        }

        @Backward
        void backward() {
        }
    }

    static class BackwardWithArgumentForCost {
        @Param double[] w = {1};
        @Grad("w") double[] dw = {0};

        @Forward
        double cost() {
            return w[0];
        }

        @Backward
        void backward(double[] dy) {
        }
    }

    private static String refusal(Object layer) {
        return assertThrows(GradCheckConfigurationException.class, () -> GradCheck.of(layer).run()).getMessage();
    }

    @Test
    void missingForward() {
        assertThat(refusal(new NoForward())).contains(NoForward.class.getName(), "@Forward",
                "add a method annotated @Forward");
    }

    @Test
    void missingBackward() {
        assertThat(refusal(new NoBackward())).contains(NoBackward.class.getName(), "@Backward",
                "add a method annotated @Backward");
    }

    @Test
    void gradNamingNoParam() {
        assertThat(refusal(new GradNamesNothing())).contains("@Grad field dv", "names \"v\", which is not a @Param",
                "name one of the @Param members [w]");
    }

    @Test
    void paramWithoutGrad() {
        assertThat(refusal(new ParamWithoutGrad())).contains("@Param field w", "has no gradient",
                "annotated @Grad(\"w\")");
    }

    @Test
    void gradOfAnotherType() {
        assertThat(refusal(new GradOfOtherType())).contains("@Grad field dw", "has type float[]", "double[]",
                "same type");
    }

    @Test
    void gradOfAnotherShapeIsFoundWhenGradientsAreRead() {
        assertThat(refusal(new GradOfOtherShape())).contains("@Grad field dw", "has shape [3, 2]",
                "w has shape [2, 3]");
    }

    @Test
    void tensorTypeNobodyUnderstands() {
        assertThat(refusal(new UnknownTensorType())).contains("@Param field w", "java.lang.String",
                "a tensor type nobody understands", "TensorAdapter");
    }

    @Test
    void keepProbMustBeDouble() {
        assertThat(refusal(new KeepProbNotDouble())).contains("@KeepProb field keep", "float, not double");
    }

    @Test
    void randomSourceMustBeRandom() {
        assertThat(refusal(new RandomSourceNotRandom())).contains("@RandomSource field seed", "not java.util.Random");
    }

    @Test
    void backwardOfACostTakesNoArgument() {
        assertThat(refusal(new BackwardWithArgumentForCost())).contains("@Backward method backward(double[])",
                "takes 1 arguments", "take no argument");
    }

    @Test
    void inputsThatDoNotFitTheForwardPass() {
        Dense dense = new Dense(2, 2, new Random(1));
        assertThat(assertThrows(GradCheckConfigurationException.class, () -> GradCheck.of(dense).run()).getMessage())
                .contains("takes 1 inputs but the check was given 0", ".input(x)");
        assertThat(assertThrows(GradCheckConfigurationException.class,
                () -> GradCheck.of(dense).input(new double[] {1, 2}).run()).getMessage())
                .contains("input 0 (x) must be a double[][] but is a double[]");
    }

    @Test
    void isAnIllegalArgumentException() {
        assertThat(new GradCheckConfigurationException(Dense.class, "m", "p", "f"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(Dense.class.getName() + " cannot be gradient-checked: m: p. Fix: f.");
        assertThat(Mat.random(1, 1, new Random(1), 1)).hasDimensions(1, 1);
    }
}
