package org.gradcheck4j.benchmarks;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.gradcheck4j.CheckMode;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.benchmarks.layers.BenchDense;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The exhaustive check on 1 and on 2 threads (a layer per thread from the factory), for dense
 * layers of about 10⁴ and 10⁵ parameters, one example per batch.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ParallelBenchmark</pre>
 */
@API(status = INTERNAL, since = "0.1.0")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ParallelBenchmark {

    /** Approximate parameter count of the square dense layer. */
    @Param({"10000", "100000"})
    public int params;

    /** Worker threads. */
    @Param({"1", "2"})
    public int threads;

    double[][] x;

    @Setup(Level.Trial)
    public void setup() {
        x = BenchDense.ofSize(params, 1).input(1, 2);
    }

    /** The exhaustive check split over {@code threads} threads. */
    @Benchmark
    public GradCheckResult exhaustive() {
        return GradCheck.of(() -> BenchDense.ofSize(params, 1)).input(x).mode(CheckMode.EXHAUSTIVE)
                .threads(threads).run();
    }
}
