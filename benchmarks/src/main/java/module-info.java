/**
 * JMH benchmarks of the gradient check against its floor (2N evaluations of J) and a naive loop, and the
 * writer of benchmarks/RESULTS.md. They run from the shaded {@code benchmarks.jar} on the class path
 * (benchmarks/run.sh), where this descriptor is left out; it names what the code uses and exposes.
 *
 * @since 0.1.0
 */
// JMH 1.37 has neither a module descriptor nor an Automatic-Module-Name (its name comes from the jar file)
@SuppressWarnings("requires-automatic")
module org.gradcheck4j.benchmarks {
    // the benchmark methods return GradCheckResult
    requires transitive org.gradcheck4j.harness;
    requires jmh.core;
    requires com.google.gson;
    // @API(status = INTERNAL) marks, needed at compile time only
    requires static org.apiguardian.api;

    // the benchmark classes and the report writer (run by JMH and by benchmarks/run.sh)
    exports org.gradcheck4j.benchmarks;
    // the code JMH's annotation processor generates, which JMH's runner loads and calls
    exports org.gradcheck4j.benchmarks.jmh_generated to jmh.core;

    // the benchmarked layers: the harness reads their private fields and calls their private methods
    opens org.gradcheck4j.benchmarks.layers to org.gradcheck4j.harness;
}
