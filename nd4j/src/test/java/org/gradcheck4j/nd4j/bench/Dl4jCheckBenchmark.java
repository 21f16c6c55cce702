package org.gradcheck4j.nd4j.bench;

import java.util.concurrent.TimeUnit;
import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.gradcheck4j.CheckMode;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.nd4j.Nd4jGradCheck;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * DL4J's GradientCheckUtil against gradcheck4j's exhaustive, sampled and directional modes on the
 * same network, one whole check per operation (single shot), with the same step ε = 1e-6. Run from
 * the project root after {@code mvn -B -ntp -pl nd4j -am test-compile}, see benchmarks/RESULTS.md:
 *
 * <pre>
 * java -Xmx768m -Dorg.bytedeco.javacpp.maxbytes=768m -Dorg.bytedeco.javacpp.maxphysicalbytes=1800m \
 *   -cp "$(cat nd4j/target/test-classpath.txt)" org.openjdk.jmh.Main Dl4jCheckBenchmark -rf json
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx768m", "-Dorg.bytedeco.javacpp.maxbytes=768m",
        "-Dorg.bytedeco.javacpp.maxphysicalbytes=1800m"})
@State(Scope.Benchmark)
public class Dl4jCheckBenchmark {

    /** The same step for both checkers (GradientCheckUtil's is absolute; |θ| < 1 here, so equal). */
    public static final double EPSILON = 1e-6;

    @Param({"700", "7000", "26000", "94000"})
    public int params;

    @Param({"false"})
    public boolean plantedBug;

    private MultiLayerNetwork net;
    private INDArray features;
    private INDArray labels;

    /** Builds the network; GradientCheckUtil insists on ND4J's global default data type being DOUBLE. */
    @Setup
    public void setUp() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        net = BenchNetworks.network(params, plantedBug);
        features = BenchNetworks.features(params);
        labels = BenchNetworks.labels(params);
    }

    /** GradientCheckUtil over every parameter: true when it passes. */
    @Benchmark
    public boolean gradientCheckUtil() {
        return GradientCheckUtil.checkGradients(new GradientCheckUtil.MLNConfig().net(net).input(features)
                .labels(labels).epsilon(EPSILON).maxRelError(1e-3).minAbsoluteError(1e-8)
                .print(GradientCheckUtil.PrintMode.FAILURES_ONLY).exitOnFirstError(false));
    }

    /** gradcheck4j, every parameter (the features constant, as GradientCheckUtil keeps them). */
    @Benchmark
    public GradCheckResult exhaustive() {
        return check(CheckMode.EXHAUSTIVE);
    }

    /** gradcheck4j, a stratified sample of every tensor. */
    @Benchmark
    public GradCheckResult sampled() {
        return check(CheckMode.SAMPLED);
    }

    /** gradcheck4j, random directions per tensor (and localisation when one fails). */
    @Benchmark
    public GradCheckResult directional() {
        return check(CheckMode.DIRECTIONAL);
    }

    GradCheckResult check(CheckMode mode) {
        return Nd4jGradCheck.networkParameters(net, features, labels).mode(mode).epsilon(EPSILON).run();
    }
}
