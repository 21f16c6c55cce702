/**
 * The JMH benchmarks of the check and the writer of benchmarks/RESULTS.md. Every type is
 * {@code @API(status = INTERNAL)}: the benchmarks are a measuring tool of this project, not a library.
 */
package org.gradcheck4j.benchmarks;
