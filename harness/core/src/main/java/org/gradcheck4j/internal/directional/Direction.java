package org.gradcheck4j.internal.directional;

import java.util.SplittableRandom;
import org.gradcheck4j.internal.theta.TensorSlot;

/**
 * A random direction within one tensor, stored as the displacement of each component:
 * {@code δ_i = s_i · u_i · ε · max(1, |θ_i|) / n^¼} with random signs {@code s_i = ±1} and random
 * magnitudes {@code u_i ∈ [½, 1½)}.
 *
 * <p>Why this step: moving every component by the exhaustive mode's own step ε·max(1,|θ_i|) would
 * make ‖δ‖ grow like √n and with it the truncation error (the cubic term along δ); moving each by
 * ε/√n would make J(θ+δ) − J(θ−δ) ≈ 2 g·δ as small as one component's difference while the rounding
 * error of J stays the same. With n^¼ both stay at or below the exhaustive mode's per-component
 * errors for a dense layer (whose third derivative along δ grows like its fan-in ≈ √n): rounding
 * relative to g·δ shrinks like n^-¼, truncation stays ≈ ε². Random signs make every component count
 * with the same weight (a single wrong element moves g·δ by exactly its own error times δ_i, never
 * less); random magnitudes make the exact cancellation of two equal and opposite errors (a
 * transposed gradient) a probability-zero event. Internal.
 */
final class Direction {

    private Direction() {
    }

    /**
     * Fills {@code steps} with a direction for {@code slot}, reproducibly from {@code seed}.
     *
     * @param steps receives δ. Modified.
     */
    static void draw(TensorSlot slot, double epsilon, long seed, double[] steps) {
        SplittableRandom random = new SplittableRandom(seed);
        double scale = epsilon / Math.pow(Math.max(1, steps.length), 0.25);
        for (int i = 0; i < steps.length; i++) {
            double sign = random.nextBoolean() ? 1 : -1;
            double magnitude = 0.5 + random.nextDouble();
            steps[i] = sign * magnitude * scale * Math.max(1.0, Math.abs(slot.get(i)));
        }
    }
}
