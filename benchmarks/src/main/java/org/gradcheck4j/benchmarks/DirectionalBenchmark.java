package org.gradcheck4j.benchmarks;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.gradcheck4j.CheckMode;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.benchmarks.layers.BenchDense;
import org.gradcheck4j.benchmarks.layers.PlantedDense;
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
 * The directional (fast) check of a correct dense layer, and of one with a single planted wrong
 * element of dW that must be found and named, for about 10⁴, 10⁵ and 10⁶ parameters, a batch of
 * four examples.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar DirectionalBenchmark</pre>
 */
@API(status = INTERNAL, since = "0.1.0")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class DirectionalBenchmark {

    /** Approximate parameter count of the square dense layer. */
    @Param({"10000", "100000", "1000000"})
    public int params;

    BenchDense layer;
    PlantedDense planted;
    double[][] x;

    @Setup(Level.Trial)
    public void setup() {
        layer = BenchDense.ofSize(params, 1);
        int d = layer.biases().length;
        planted = new PlantedDense(d, d, 1, d / 3, 2 * d / 3);
        x = layer.input(4, 2);
    }

    /** A correct layer: the directional tests and the exact sample. */
    @Benchmark
    public GradCheckResult directional() {
        return GradCheck.of(layer).input(x).mode(CheckMode.DIRECTIONAL).run();
    }

    /** One wrong element of dW: detect it, localise it by group testing and compute it exactly. */
    @Benchmark
    public GradCheckResult localise() {
        return GradCheck.of(planted).input(x).mode(CheckMode.DIRECTIONAL).run();
    }
}
