package org.gradcheck4j;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A remark on how a check was done or what it found beside the verdict: data with a kind, the
 * components or tensors it concerns, and its sentence. Reports and tests read the kind, never the
 * sentence's wording.
 *
 * @param kind what the note is about
 * @param subjects the tensors or components the note concerns (e.g. {@code W}, {@code W[2,3]}), empty
 *                 when it concerns the whole check
 * @param text the note as a sentence
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Note(Kind kind, List<String> subjects, String text) {

    /** What a note is about. */
    public enum Kind {
        /** Float tensors: the step and thresholds used for single precision. */
        FLOAT,
        /** Dropout switched off or its mask frozen. */
        DROPOUT,
        /** How the numeric gradient was obtained (AUTO's choice, the directional or sampled mode). */
        MODE,
        /** Training before the check stopped early. */
        TRAINING,
        /** How {@code threads(n)} was used, or why not. */
        THREADS,
        /** Components that sat on a kink (or a cluster of kinks), accepted as subgradients. */
        KINK,
        /** Components that sat on a kink with the analytic value outside the one-sided derivatives: not judged. */
        KINK_INCONCLUSIVE,
        /** Components that disagreed at the base step and were judged at a smaller one. */
        RECHECKED,
        /** Components whose disagreement lies below the measured noise of J: not judged. */
        UNRESOLVED,
        /** Tensors re-examined with a more accurate estimate, and the evaluations of J it cost. */
        REEXAMINED,
        /**
         * Tensors whose FAIL rests on their largest disagreements alone, examined and shown smooth and
         * wrong; their other disagreeing components were not examined for kinks (the subjects name the
         * tensors).
         */
        WORST_EXAMINED,
        /** Components wrong although their tensor's norm ratio is small. */
        OUTLIERS,
        /** Where group testing located a disagreement. */
        LOCALISED,
        /** The components the ε-sweep swept (the worst ones), and what it cost. */
        SWEEP,
        /** The outputs of a layer with several, by name: each has its own R in J. */
        OUTPUTS,
        /** Fields of the layer whose values depend on earlier forward calls (the stale-state check). */
        STALE_STATE,
        /** The layer's parameters and inputs restored bit-exactly after a check that was stopped. */
        RESTORED,
        /**
         * Components left perturbed: a check that timed out was stuck in a forward or backward pass that
         * never returned while they were perturbed (the subjects name them).
         */
        PERTURBED
    }

    /**
     * Copies the subjects so that the note is immutable.
     *
     * @param kind what the note is about
     * @param subjects the tensors or components the note concerns, empty for the whole check
     * @param text the note as a sentence
     */
    public Note {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        subjects = List.copyOf(subjects);
    }

    /**
     * {@return a note about the whole check}
     *
     * @param kind what the note is about
     * @param text the note as a sentence
     */
    public static Note of(Kind kind, String text) {
        return new Note(kind, List.of(), text);
    }

    /**
     * {@return a note about the named tensors or components}
     *
     * @param kind what the note is about
     * @param subjects the tensors or components, e.g. {@code W} or {@code W[2,3]}
     * @param text the note as a sentence
     */
    public static Note about(Kind kind, List<String> subjects, String text) {
        return new Note(kind, subjects, text);
    }

    /** The sentence. */
    @Override
    public String toString() {
        return text;
    }
}
