package org.gradcheck4j.internal.directional;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.gradcheck4j.CheckMode;
import org.gradcheck4j.internal.theta.Theta;

/**
 * Resolves {@link CheckMode#AUTO}: exhaustive up to {@link #EXHAUSTIVE_LIMIT} components of θ,
 * directional above. The exhaustive mode costs 2N evaluations of J, and J itself costs about N
 * multiply-adds per example for a dense network, so its time grows like N²: about 0.1 s at 10⁴
 * components, 0.5 s at 2·10⁴, a minute at 10⁵ and hours at 10⁶ on one core of a laptop. The
 * directional mode costs 6 evaluations per tensor plus 64 per tensor for the exact sample, about a
 * second for a 10⁶-parameter network. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ModePolicy {

    /** The largest θ that AUTO checks exhaustively. */
    public static final long EXHAUSTIVE_LIMIT = 20_000;

    private ModePolicy() {
    }

    /** The mode to use: {@code requested}, or for AUTO the one suited to θ's size. */
    public static CheckMode resolve(CheckMode requested, Theta theta) {
        if (requested != CheckMode.AUTO) {
            return requested;
        }
        return theta.size() <= EXHAUSTIVE_LIMIT ? CheckMode.EXHAUSTIVE : CheckMode.DIRECTIONAL;
    }
}
