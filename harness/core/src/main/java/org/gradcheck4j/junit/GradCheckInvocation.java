package org.gradcheck4j.junit;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.GradCheckResult;

/**
 * One invocation of a {@link GradCheckTest} or a {@code GradCheckProperty} try, resolved as a
 * parameter of the test method: it knows its seed and training steps and runs the check.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public interface GradCheckInvocation {

    /** {@return the seed of this invocation (also the seed of a {@code Random} parameter)} */
    long seed();

    /** {@return the gradient-descent steps taken before the check} */
    int trainingSteps();

    /** {@return the display name, which says how to reproduce this invocation} */
    String displayName();

    /**
     * Runs {@code check} with this invocation's seed, training steps, label and the configured
     * thresholds and strictness. A FAIL (or WARN when strict, or any non-numeric outcome) throws;
     * WARN and MARGINAL are published as report entries.
     *
     * @param check the configured check of the layer. Modified: seed, steps and label are set.
     * @return the result, when it passes
     * @throws org.opentest4j.AssertionFailedError with the result's message when it does not pass
     */
    GradCheckResult check(GradCheck check);
}
