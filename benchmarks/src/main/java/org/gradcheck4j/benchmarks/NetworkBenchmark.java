package org.gradcheck4j.benchmarks;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import org.apiguardian.api.API;
import org.gradcheck4j.CheckMode;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.benchmarks.layers.BenchDense;
import org.gradcheck4j.benchmarks.layers.BenchMlp;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A four-layer tanh network: with about 1.1·10⁴ parameters (widths 32-64-64-64-10) against its
 * floor, the course's loop and the directional mode; and with about 10⁶ parameters
 * (450-640-640-450-10) in the directional mode, which AUTO chooses for it. A batch of four.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar NetworkBenchmark</pre>
 */
@API(status = INTERNAL, since = "0.1.0")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class NetworkBenchmark {

    static final int[] SMALL = {32, 64, 64, 64, 10};
    static final int[] MILLION = {450, 640, 640, 450, 10};

    BenchMlp net;
    double[][] x;
    DoubleSupplier bare;
    FlatParams theta;

    @Setup(Level.Trial)
    public void setup() {
        net = new BenchMlp(SMALL, 1);
        x = new BenchDense(SMALL[0], 1, 5).input(4, 2);
        double[] r = Baselines.projection(4 * SMALL[SMALL.length - 1], 3);
        bare = () -> Baselines.project(net.forward(x), r);
        theta = new FlatParams(net.tensors());
    }

    /** 2N evaluations of J and nothing else. */
    @Benchmark
    public double floor() {
        return Baselines.floor(bare, 2L * theta.size());
    }

    /** The engine's whole exhaustive check. */
    @Benchmark
    public GradCheckResult exhaustive() {
        return GradCheck.of(net).input(x).mode(CheckMode.EXHAUSTIVE).run();
    }

    /** The course's loop. */
    @Benchmark
    public double[] naive() {
        return Baselines.naive(theta, bare, 1e-7);
    }

    /** The directional mode on the small network. */
    @Benchmark
    public GradCheckResult directional() {
        return GradCheck.of(net).input(x).mode(CheckMode.DIRECTIONAL).run();
    }

    /** The directional mode on a network of about 10⁶ parameters. */
    @Benchmark
    public GradCheckResult directionalMillion(Million million) {
        return GradCheck.of(million.net).input(million.x).mode(CheckMode.DIRECTIONAL).run();
    }

    /** The network of about 10⁶ parameters and its input. */
    @State(Scope.Benchmark)
    public static class Million {
        BenchMlp net;
        double[][] x;

        @Setup(Level.Trial)
        public void setup() {
            net = new BenchMlp(MILLION, 1);
            x = new BenchDense(MILLION[0], 1, 5).input(4, 2);
        }
    }
}
