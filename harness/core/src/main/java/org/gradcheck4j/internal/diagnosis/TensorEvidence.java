package org.gradcheck4j.internal.diagnosis;

import java.util.Arrays;
import java.util.Optional;
import org.gradcheck4j.TensorResult.Kind;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.internal.theta.ElementNames;

/**
 * What the rules know of one tensor: its analytic and numeric gradients (numeric NaN where a
 * component was not checked), its values θ, and the numeric gradient of the penalty alone. Internal.
 *
 * @param name the tensor's name, e.g. {@code W[1]}
 * @param kind parameter or input
 * @param shape the tensor's dimensions
 * @param verdict the tensor's own verdict
 * @param relativeError the tensor's relative error
 * @param analytic the analytic gradient, row-major
 * @param numeric the numeric gradient, row-major, NaN for unchecked components
 * @param values the tensor's values θ, row-major
 * @param penalty the numeric gradient of the {@code @Penalty} term alone, when the layer has one
 * @param gradient where the analytic gradient comes from, e.g. {@code @Grad field dW}
 */
record TensorEvidence(String name, Kind kind, int[] shape, Verdict verdict, double relativeError, double[] analytic,
                      double[] numeric, double[] values, Optional<double[]> penalty, String gradient) {

    /** The number of components. */
    int size() {
        return analytic.length;
    }

    /** How many components have both an analytic and a numeric value. */
    int checked() {
        return Vectors.usableCount(analytic, numeric);
    }

    /** Whether every component has a numeric value of its own. */
    boolean fullyChecked() {
        return checked() == size();
    }

    /** The name of element {@code index}, e.g. {@code W[2,3]}. */
    String element(int index) {
        return ElementNames.of(name, shape, index);
    }

    /** "all 12 components", or "the 5 checked components (of 12)". */
    String components() {
        int n = checked();
        return n == size() ? "all " + n + " components" : "the " + n + " checked components (of " + size() + ")";
    }

    /** Whether at most one dimension exceeds 1 (a vector, or a column or row matrix). */
    boolean vectorLike() {
        return Arrays.stream(shape).filter(d -> d > 1).count() <= 1;
    }

    /** Whether this is a square matrix of at least 2 × 2. */
    boolean squareMatrix() {
        return shape.length == 2 && shape[0] == shape[1] && shape[0] >= 2;
    }
}
