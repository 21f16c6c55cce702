package org.gradcheck4j.internal.differences;

/**
 * Which components sat on a non-differentiable point (a kink: ReLU at 0, a max-pool tie, |x| at 0,
 * clipping), found by {@link KinkExamination}. Internal.
 *
 * @param marks for each slot and component, whether it is a kink
 * @param accepted kinks whose analytic value lies between the one-sided derivatives (a valid
 *                 subgradient)
 * @param inconclusive kinks whose analytic value lies outside them: not judged
 * @param rechecked components whose disagreement vanished at a smaller step (a kink crossed only
 *                  by the larger step); their numeric value was replaced
 */
public record Kinks(boolean[][] marks, int accepted, int inconclusive, int rechecked) {

    /** No kinks, for θ with the given slot sizes. */
    public static Kinks none(double[][] like) {
        boolean[][] marks = new boolean[like.length][];
        for (int s = 0; s < like.length; s++) {
            marks[s] = new boolean[like[s].length];
        }
        return new Kinks(marks, 0, 0, 0);
    }

    /** Whether component {@code i} of slot {@code s} is a kink. */
    public boolean at(int s, int i) {
        return marks[s][i];
    }

    /** How many components are marked in slot {@code s}. */
    public int count(int s) {
        int n = 0;
        for (boolean b : marks[s]) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /** All marked components. */
    public int total() {
        return accepted + inconclusive;
    }
}
