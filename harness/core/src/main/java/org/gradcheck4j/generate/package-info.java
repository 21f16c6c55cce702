/**
 * Case generation for gradient checks: dimensions, initialisation schemes, weights at trained scale,
 * inputs of several distributions and magnitudes, drawn from a seeded, replayable and shrinkable
 * sequence of choices; {@link org.gradcheck4j.generate.GradCheckProperty} runs seeded tries and
 * shrinks a failure to the smallest failing case.
 *
 * @since 0.1.0
 */
package org.gradcheck4j.generate;
