/**
 * The entry point of gradcheck4j: {@link org.gradcheck4j.GradCheck} builds and runs a gradient check
 * of an annotated layer, and {@link org.gradcheck4j.GradCheckResult} with its
 * {@link org.gradcheck4j.TensorResult}s and {@link org.gradcheck4j.ComponentResult}s says what it
 * found.
 *
 * @since 0.1.0
 */
package org.gradcheck4j;
