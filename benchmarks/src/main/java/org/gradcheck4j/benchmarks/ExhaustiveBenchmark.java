package org.gradcheck4j.benchmarks;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
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
 * The exhaustive check of a dense layer against its floor (2N bare evaluations of J on the same
 * layer and input, N = parameters + input components) and against the course's plain loop, for
 * about 10², 10³, 10⁴ and 10⁵ parameters, one example per batch (the cheapest J, where the engine's
 * own work weighs most). Single-threaded.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ExhaustiveBenchmark -prof gc</pre>
 */
@API(status = INTERNAL, since = "0.1.0")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ExhaustiveBenchmark {

    /** Approximate parameter count of the square dense layer. */
    @Param({"100", "1000", "10000", "100000"})
    public int params;

    BenchDense layer;
    double[][] x;
    double[] projection;
    DoubleSupplier bare;
    FlatParams theta;
    long components;

    /** N for a layer of about {@code params} parameters and one example: d² weights, d biases, d inputs. */
    public static long components(int params) {
        long d = Math.round(Math.sqrt(params));
        return d * d + 2 * d;
    }

    @Setup(Level.Trial)
    public void setup() {
        layer = BenchDense.ofSize(params, 1);
        x = layer.input(1, 2);
        projection = Baselines.projection(layer.biases().length * x.length, 3);
        bare = () -> Baselines.project(layer.forward(x), projection);
        theta = new FlatParams(List.of(layer.weights(), layer.biases(), x));
        components = theta.size();
    }

    /** 2N evaluations of J and nothing else. */
    @Benchmark
    public double floor() {
        return Baselines.floor(bare, 2 * components);
    }

    /** The engine's whole exhaustive check, state checks and comparison included. */
    @Benchmark
    public GradCheckResult exhaustive() {
        return GradCheck.of(layer).input(x).mode(CheckMode.EXHAUSTIVE).run();
    }

    /** The course's loop: copy θ, perturb, write back, evaluate, for every component. */
    @Benchmark
    public double[] naive() {
        return Baselines.naive(theta, bare, 1e-7);
    }
}
