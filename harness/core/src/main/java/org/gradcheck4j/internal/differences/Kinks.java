package org.gradcheck4j.internal.differences;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.gradcheck4j.internal.verdict.DecisionTable.Call;

/**
 * What {@link KinkExamination} concluded about the components it examined. Internal.
 *
 * @param marks for each slot and component, whether it is a kink (accepted or inconclusive)
 * @param unjudged for each slot and component, whether it could not be judged: an inconclusive kink,
 *                 or unresolved (no step smooth, none whose one-sided gap rises above the noise)
 * @param divisors for each slot, null when no component's value came from a smaller step, else by how
 *                 much each component's step was divided for the value that stands (1, 10, 100, …;
 *                 3 for a Richardson estimate, whose noise is three times the base step's)
 * @param agreed for each slot and component, whether it agreed at a step smaller than the base step
 *               (J not smooth at the base step): it counts as agreeing, like a kink
 * @param calls how many components got each {@link Call}, by ordinal
 * @param confirmed for each slot whose FAIL was settled by the examination, how many components it
 *                  showed smooth and wrong (the FAIL rests on them); 0 for the other slots
 * @param unexamined for each slot whose FAIL was settled, how many disagreeing components were left
 *                   unexamined; 0 for the other slots
 * @param evaluations the evaluations of J the examination cost
 */
@API(status = INTERNAL, since = "0.1.0")
public record Kinks(boolean[][] marks, boolean[][] unjudged, boolean[][] agreed, double[][] divisors, int[] calls,
                    int[] confirmed, int[] unexamined, long evaluations) {

    /** No kinks, for θ with the given slot sizes. */
    public static Kinks none(double[][] like) {
        return new Kinks(flags(like), flags(like), flags(like), new double[like.length][], new int[Call.values().length],
                new int[like.length], new int[like.length], 0);
    }

    private static boolean[][] flags(double[][] like) {
        boolean[][] flags = new boolean[like.length][];
        for (int s = 0; s < like.length; s++) {
            flags[s] = new boolean[like[s].length];
        }
        return flags;
    }

    Kinks withEvaluations(long count) {
        return new Kinks(marks, unjudged, agreed, divisors, calls, confirmed, unexamined, count);
    }

    /**
     * Records that slot {@code s} FAILs on its {@code shown} components shown smooth and wrong alone,
     * with {@code left} disagreeing components not examined.
     */
    void settle(int s, int shown, int left) {
        confirmed[s] = shown;
        unexamined[s] = left;
    }

    /** Records the call on component {@code i} of slot {@code s}. */
    void record(int s, int i, Call call) {
        calls[call.ordinal()]++;
        marks[s][i] = call == Call.KINK_ACCEPTED || call == Call.KINK_INCONCLUSIVE;
        unjudged[s][i] = call == Call.KINK_INCONCLUSIVE || call == Call.UNRESOLVED;
    }

    /** Stores a value that agrees at a step {@code divisor} times smaller; the component then counts as agreeing. */
    void agreed(int s, int i, double[] numeric, double value, double divisor) {
        agreed[s][i] = divisor > 1;
        replace(s, i, numeric, value, divisor);
    }

    /** For slot {@code s}, whether each component counts as agreeing without its numeric value (kinks, agreed at a smaller step). */
    public boolean[] excluded(int s) {
        boolean[] excluded = marks[s].clone();
        for (int i = 0; i < excluded.length; i++) {
            excluded[i] |= agreed[s][i] || unjudged[s][i];
        }
        return excluded;
    }

    /** Stores an extrapolated value found at the base step's level; an agreeing one counts as agreeing. */
    void extrapolated(int s, int i, double[] numeric, double value, boolean agrees) {
        replace(s, i, numeric, value, Richardson.NOISE_FACTOR);
        agreed[s][i] = agrees;
    }

    /** Stores a value found at a step {@code divisor} times smaller (nothing changes at divisor 1). */
    void replace(int s, int i, double[] numeric, double value, double divisor) {
        if (divisor == 1) {
            return;
        }
        if (divisors[s] == null) {
            divisors[s] = new double[numeric.length];
            java.util.Arrays.fill(divisors[s], 1);
        }
        divisors[s][i] = divisor;
        numeric[i] = value;
    }

    /** Whether component {@code i} of slot {@code s} is a kink. */
    public boolean at(int s, int i) {
        return marks[s][i];
    }

    /** How many components are marked in slot {@code s}. */
    public int count(int s) {
        return count(marks[s]);
    }

    /** How many inconclusive kinks slot {@code s} has. */
    public int inconclusive(int s) {
        return count(unjudged[s]);
    }

    /** How many components got {@code call}. */
    public int count(Call call) {
        return calls[call.ordinal()];
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean b : flags) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /**
     * Widens noise floors computed at the base step for the components whose value stands from a
     * smaller step: their noise is that many times larger.
     *
     * @param floors one array per slot. Modified.
     */
    public void widen(double[][] floors) {
        for (int s = 0; s < floors.length; s++) {
            if (divisors[s] != null) {
                for (int i = 0; i < floors[s].length; i++) {
                    floors[s][i] *= divisors[s][i];
                }
            }
        }
    }

    /** The names of the marked components of the given slots, at most {@code limit}. */
    public java.util.List<String> names(java.util.List<org.gradcheck4j.internal.theta.TensorSlot> slots,
                                        boolean inconclusiveOnly, int limit) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int s = 0; s < marks.length && names.size() < limit; s++) {
            for (int i = 0; i < marks[s].length && names.size() < limit; i++) {
                if (inconclusiveOnly ? unjudged[s][i] : marks[s][i] && !unjudged[s][i]) {
                    names.add(slots.get(s).elementName(i));
                }
            }
        }
        return names;
    }
}
