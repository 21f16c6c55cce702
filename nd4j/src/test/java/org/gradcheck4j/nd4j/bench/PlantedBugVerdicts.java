package org.gradcheck4j.nd4j.bench;

import java.util.List;
import org.gradcheck4j.CheckMode;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.TensorResult;

/**
 * Prints, for each network size given, whether GradientCheckUtil and each gradcheck4j mode catch
 * the planted bug (softsign's derivative missing its square in layer 1), which tensors they name and
 * how long each took: the "caught" column of benchmarks/RESULTS.md. Run as the benchmark is
 * (see nd4j/bench.sh), with {@code org.gradcheck4j.nd4j.bench.PlantedBugVerdicts 700 7000}.
 */
public final class PlantedBugVerdicts {

    private PlantedBugVerdicts() {
    }

    /** Sizes as arguments, e.g. {@code 700 7000}. */
    public static void main(String[] args) {
        for (String size : args) {
            Dl4jCheckBenchmark b = new Dl4jCheckBenchmark();
            b.params = Integer.parseInt(size);
            b.plantedBug = true;
            b.setUp();
            long start = System.nanoTime();
            boolean passed = b.gradientCheckUtil();
            System.out.printf("| %s | GradientCheckUtil | %s | (logs parameter indices) | %.0f |%n", size,
                    passed ? "passed" : "caught", (System.nanoTime() - start) / 1e6);
            for (CheckMode mode : List.of(CheckMode.EXHAUSTIVE, CheckMode.SAMPLED, CheckMode.DIRECTIONAL)) {
                start = System.nanoTime();
                GradCheckResult r = b.check(mode);
                System.out.printf("| %s | %s | %s | %s | %.0f |%n", size, mode, r.verdict(),
                        r.failingTensors().stream().map(TensorResult::name).toList(), (System.nanoTime() - start) / 1e6);
            }
        }
    }
}
