package org.gradcheck4j.internal.parallel;

import org.gradcheck4j.internal.objective.DropoutControl;
import org.gradcheck4j.internal.objective.Objective;
import org.gradcheck4j.internal.theta.Theta;

/**
 * One worker's own copy of the check: a layer built by the factory with the checked layer's
 * parameter values copied in, its own copy of the differentiated input, θ over them and the cost.
 * Internal.
 *
 * @param theta θ over the replica's tensors, slot for slot like the checked layer's
 * @param objective the replica's cost J
 * @param dropout the replica's dropout handling, closed when the check ends
 */
record Replica(Theta theta, Objective objective, DropoutControl dropout) {
}
