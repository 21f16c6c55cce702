/**
 * The layers the benchmarks check, written for speed. Every type is {@code @API(status = INTERNAL)}:
 * they serve the benchmarks only and are no example to depend on (the samples are).
 */
package org.gradcheck4j.benchmarks.layers;
