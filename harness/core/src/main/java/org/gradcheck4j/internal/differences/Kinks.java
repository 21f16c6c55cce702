package org.gradcheck4j.internal.differences;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Which components sat on a non-differentiable point (a kink: ReLU at 0, a max-pool tie, |x| at 0,
 * clipping), found by {@link KinkExamination}. Internal.
 *
 * @param marks for each slot and component, whether it is a kink
 * @param unjudged for each slot and component, whether it is an inconclusive kink
 * @param accepted kinks whose analytic value lies between the one-sided derivatives (a valid
 *                 subgradient)
 * @param inconclusive kinks whose analytic value lies outside them: not judged
 * @param divisors for each slot, null when no component of it was rechecked, else by how much each
 *                 component's step was divided for the value that stands (1, 10 or 100)
 * @param rechecked components whose disagreement vanished at a smaller step (a kink crossed only
 *                  by the larger step); their numeric value was replaced
 */
@API(status = INTERNAL, since = "0.1.0")
public record Kinks(boolean[][] marks, boolean[][] unjudged, double[][] divisors, int accepted, int inconclusive,
                    int rechecked) {

    /** No kinks, for θ with the given slot sizes. */
    public static Kinks none(double[][] like) {
        return new Kinks(flags(like), flags(like), new double[like.length][], 0, 0, 0);
    }

    private static boolean[][] flags(double[][] like) {
        boolean[][] flags = new boolean[like.length][];
        for (int s = 0; s < like.length; s++) {
            flags[s] = new boolean[like[s].length];
        }
        return flags;
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

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean b : flags) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /**
     * Widens rounding floors computed at the base step for the components whose value stands from
     * a smaller step: their rounding error is that many times larger.
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

    /** All marked components. */
    public int total() {
        return accepted + inconclusive;
    }
}
