package org.gradcheck4j.nd4j.samples;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.BaseActivationFunction;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A custom DL4J activation written by hand, as users write them: softsign, a(z) = z / (1 + |z|),
 * a'(z) = 1 / (1 + |z|)². Sample.
 */
public class SoftsignActivation extends BaseActivationFunction {

    private static final long serialVersionUID = 1L;

    @Override
    public INDArray getActivation(INDArray in, boolean training) {
        INDArray denominator = Transforms.abs(in, true).addi(1.0);
        return in.divi(denominator);
    }

    @Override
    public Pair<INDArray, INDArray> backprop(INDArray in, INDArray epsilon) {
        INDArray denominator = Transforms.abs(in, true).addi(1.0);
        INDArray derivative = derivative(denominator);
        return new Pair<>(epsilon.mul(derivative), null);
    }

    /** a'(z) from 1 + |z|. */
    protected INDArray derivative(INDArray denominator) {
        return Transforms.pow(denominator, -2.0, true);
    }

    @Override
    public String toString() {
        return "softsign";
    }

    /** Planted bug: the square of the denominator forgotten, a'(z) = 1 / (1 + |z|). */
    public static class MissingSquare extends SoftsignActivation {
        private static final long serialVersionUID = 1L;

        @Override
        protected INDArray derivative(INDArray denominator) {
            return Transforms.pow(denominator, -1.0, true);
        }
    }
}
