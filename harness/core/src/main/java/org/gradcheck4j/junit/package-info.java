/**
 * Gradient checks as JUnit Jupiter tests: {@link org.gradcheck4j.junit.GradCheckTest} runs a check
 * once per seed, at initialisation and after training.
 *
 * @since 0.1.0
 */
package org.gradcheck4j.junit;
