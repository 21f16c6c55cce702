package org.gradcheck4j.internal;

import java.util.List;
import org.gradcheck4j.Note;
import org.gradcheck4j.internal.comparison.Comparison;
import org.gradcheck4j.internal.comparison.Reexamination;
import org.gradcheck4j.internal.differences.Kinks;
import org.gradcheck4j.internal.differences.Noise;
import org.gradcheck4j.internal.message.FailureMessage;
import org.gradcheck4j.internal.theta.Theta;
import org.gradcheck4j.internal.verdict.DecisionTable.Call;

/**
 * The notes of the exhaustive mode's examinations, each with its kind and subjects: kinks accepted,
 * kinks inconclusive, components judged at a smaller step, tensors re-examined (with the
 * evaluations it cost) and tensors unresolved. Internal.
 */
final class ExaminationNotes {

    /** The most component names a note lists as its subjects. */
    static final int MAX_SUBJECTS = 50;

    private ExaminationNotes() {
    }

    static void kinks(List<Note> notes, Theta theta, Kinks kinks, double epsilon) {
        int accepted = kinks.count(Call.KINK_ACCEPTED);
        int inconclusive = kinks.count(Call.KINK_INCONCLUSIVE);
        if (accepted > 0) {
            notes.add(Note.about(Note.Kind.KINK, kinks.names(theta.slots(), false, MAX_SUBJECTS), accepted
                    + " component(s) sat on a kink or a cluster of kinks (no step down to the noise of J showed a"
                    + " smooth J) with the analytic value between the one-sided derivatives: accepted as a"
                    + " subgradient"));
        }
        if (inconclusive > 0) {
            notes.add(Note.about(Note.Kind.KINK_INCONCLUSIVE, kinks.names(theta.slots(), true, MAX_SUBJECTS),
                    inconclusive + " component(s) sat on a kink or a cluster of kinks with the analytic value outside"
                    + " the one-sided derivatives at the finest step the noise of J resolves: inconclusive, not"
                    + " judged (they fail no tensor and give no hint)"));
        }
        worstExamined(notes, theta, kinks);
        int rechecked = rechecked(kinks);
        if (rechecked > 0) {
            notes.add(Note.about(Note.Kind.RECHECKED, rechecked(theta, kinks), rechecked + " component(s) disagreed"
                    + " at step " + FailureMessage.num(epsilon) + ", where the differences at h and 2h did not agree (a kink"
                    + " within the step, or a steep J)"
                    + " and were judged where it is: at a smaller step, or by Richardson estimates at steps h, 2h and 4h"
                    + " that agree (a steep smooth J); those values stand"));
        }
    }

    /** The tensors whose FAIL the examination settled on their worst components, see {@link Kinks#confirmed()}. */
    private static void worstExamined(List<Note> notes, Theta theta, Kinks kinks) {
        for (int s = 0; s < kinks.unexamined().length; s++) {
            if (kinks.unexamined()[s] > 0) {
                String name = theta.slots().get(s).name();
                notes.add(Note.about(Note.Kind.WORST_EXAMINED, List.of(name), name + " FAILs on its "
                        + kinks.confirmed()[s] + " largest disagreement(s) alone, examined and shown smooth (at steps h"
                        + " and 2h) and wrong; its other " + kinks.unexamined()[s] + " disagreeing component(s) were"
                        + " not examined for kinks (the FAIL does not rest on them)"));
            }
        }
    }

    private static int rechecked(Kinks kinks) {
        int n = 0;
        for (double[] d : kinks.divisors()) {
            for (int i = 0; d != null && i < d.length; i++) {
                n += d[i] > 1 ? 1 : 0;
            }
        }
        return n;
    }

    private static List<String> rechecked(Theta theta, Kinks kinks) {
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        for (int s = 0; s < kinks.divisors().length && names.size() < MAX_SUBJECTS; s++) {
            double[] d = kinks.divisors()[s];
            for (int i = 0; d != null && i < d.length && names.size() < MAX_SUBJECTS; i++) {
                if (d[i] > 1) {
                    names.add(theta.slots().get(s).elementName(i));
                }
            }
        }
        return names;
    }

    static void reexamined(List<Note> notes, Comparison first, Reexamination again) {
        if (again.tensors().isEmpty()) {
            return;
        }
        Comparison second = again.comparison();
        notes.add(Note.about(Note.Kind.REEXAMINED, again.tensors(), String.join(", ", again.tensors())
                + " re-examined with Richardson extrapolation (steps " + FailureMessage.num(again.step()) + " and "
                + FailureMessage.num(again.step() / 2) + ", " + again.evaluations() + " extra evaluations of J): "
                + again.replaced() + " component(s) showed J smooth over those steps and took the extrapolated"
                + " value; relative error " + FailureMessage.num(first.relativeError()) + " → "
                + FailureMessage.num(second.relativeError()) + ", " + first.verdict() + " → " + second.verdict()));
    }

    static void unresolved(List<Note> notes, Comparison c, Noise noise) {
        if (!c.unresolved().isEmpty()) {
            notes.add(Note.about(Note.Kind.UNRESOLVED, c.unresolved(), "gradients below the resolution of finite"
                    + " differences at this scale: " + String.join(", ", c.unresolved()) + " differ from their"
                    + " numeric values by less than the measured noise of J (" + FailureMessage.num(noise.ofJ())
                    + " per difference of two evaluations, divided by the step), so they cannot be judged and count"
                    + " as MARGINAL"));
        }
    }
}
