package org.gradcheck4j.internal.directional;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.function.DoubleSupplier;
import org.apiguardian.api.API;
import org.gradcheck4j.Note;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.internal.comparison.Comparison;
import org.gradcheck4j.internal.differences.ExaminationCost;
import org.gradcheck4j.internal.differences.Noise;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.theta.Theta;

/**
 * A check that computes numeric values for part of θ only, the directional or the sampled mode, and
 * what both need. Internal.
 *
 * @param theta the tensors to check
 * @param cost J at the current θ
 * @param epsilon the exhaustive mode's base step
 * @param thresholds the verdict thresholds
 * @param seed the seed of the random directions and samples
 * @param j0 J at θ
 * @param noise the measured noise of J
 * @param notes receives how the check was done and what it found
 * @param examinations counts the evaluations spent on examining disagreements (kinks, re-examination)
 */
@API(status = INTERNAL, since = "0.1.0")
public record PartialCheck(Theta theta, DoubleSupplier cost, double epsilon, Thresholds thresholds, long seed,
                           double j0, Noise noise, List<Note> notes, ExaminationCost examinations) {

    /**
     * The directional (fast) mode's comparison; see {@link DirectionalCheck}.
     *
     * @param analytic the analytic gradient, one array per slot. Not modified.
     */
    public Comparison directional(double[][] analytic) {
        return DirectionalCheck.run(this, analytic);
    }

    /**
     * The sampled mode's comparison; see {@link SampledCheck}.
     *
     * @param analytic the analytic gradient, one array per slot. Not modified.
     */
    public Comparison sampled(double[][] analytic) {
        return SampledCheck.run(this, analytic);
    }

    /** J at the current θ, each evaluation counted as one of an examination of disagreements. */
    DoubleSupplier examiningCost() {
        return examinations.counting(cost);
    }

    /** The seed of the draws for the tensor at {@code index}. */
    long tensorSeed(int index) {
        return seed * 1_000_003L + index;
    }

    /** The noise floor of every component's numeric value of {@code slot}, as the exhaustive mode computes it. */
    double[] floors(TensorSlot slot) {
        return noise.components(slot, epsilon);
    }

    /** Notes the outlying components of {@code slot}, which make it FAIL. */
    void noteOutliers(TensorSlot slot, List<String> names) {
        notes.add(Note.about(Note.Kind.OUTLIERS, names, slot.name() + ": outlying components, wrong although the error over the checked components is"
                + " small: " + String.join(", ", names)));
    }
}
