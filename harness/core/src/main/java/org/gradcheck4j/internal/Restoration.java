package org.gradcheck4j.internal;

import java.util.ArrayList;
import java.util.List;
import org.gradcheck4j.Note;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.theta.Theta;

/**
 * What a check that timed out left of the layer: θ (parameters and differentiated inputs) compared
 * with the snapshot taken before the check began. A check that stopped is restored to the snapshot
 * bit-exactly (undoing any training too); one whose thread is still in the layer's code is left alone
 * (writing under a running forward pass would race with it), and the components that differ are
 * named. Internal.
 */
final class Restoration {

    /** How many perturbed components a note names at most. */
    static final int NAMED = 20;

    private Restoration() {
    }

    /**
     * Restores θ when the check's thread has stopped, and says what became of the layer.
     *
     * @param before θ as the check found it
     * @param stopped whether the check's thread has ended
     * @param thread the name of the check's thread
     * @return a {@link Note.Kind#RESTORED} note, or a {@link Note.Kind#PERTURBED} one naming the
     *         components that differ from {@code before}
     */
    static Note after(Theta theta, double[][] before, boolean stopped, String thread) {
        if (stopped) {
            theta.restore(before);
            return Note.of(Note.Kind.RESTORED, "the check stopped at its next evaluation of J after the time limit;"
                    + " the layer's parameters and inputs are restored bit-exactly to their values before run()");
        }
        List<String> moved = differences(theta, before);
        String still = "thread " + thread + " is still in the layer's code " + TimeLimit.GRACE.toMillis()
                + " ms after the time limit and was abandoned";
        if (moved.isEmpty()) {
            return Note.of(Note.Kind.RESTORED, still + ", at parameters and inputs equal to those before run();"
                    + " it stops at its next evaluation of J without changing them");
        }
        long count = count(theta, before);
        return Note.about(Note.Kind.PERTURBED, moved, still + " while " + String.join(", ", moved)
                + (count > moved.size() ? " and " + (count - moved.size()) + " more component(s)" : "")
                + " differ from their values before run(); the layer is left so. They are restored if that"
                + " forward or backward pass ever returns");
    }

    private static List<String> differences(Theta theta, double[][] before) {
        List<String> names = new ArrayList<>();
        List<TensorSlot> slots = theta.slots();
        for (int s = 0; s < slots.size() && names.size() < NAMED; s++) {
            TensorSlot slot = slots.get(s);
            for (int i = 0; i < slot.size() && names.size() < NAMED; i++) {
                if (differs(slot.get(i), before[s][i])) {
                    names.add(slot.elementName(i));
                }
            }
        }
        return names;
    }

    private static long count(Theta theta, double[][] before) {
        long n = 0;
        for (int s = 0; s < before.length; s++) {
            TensorSlot slot = theta.slots().get(s);
            for (int i = 0; i < slot.size(); i++) {
                n += differs(slot.get(i), before[s][i]) ? 1 : 0;
            }
        }
        return n;
    }

    private static boolean differs(double now, double then) {
        return Double.doubleToRawLongBits(now) != Double.doubleToRawLongBits(then);
    }
}
