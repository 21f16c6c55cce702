package org.gradcheck4j.nd4j.bench;

import java.util.List;
import java.util.function.Supplier;
import org.gradcheck4j.CheckMode;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Note;
import org.gradcheck4j.TensorResult;

/**
 * Prints a Markdown table row per checker and network: the time of one check of the correct network
 * (after a warm-up round of every checker in the same JVM) and, for the sizes marked with a
 * trailing {@code !}, whether each checker catches the planted bug (softsign's derivative missing
 * its square in layer 1) and which tensors it names, with the directional mode's localisation notes.
 * A trailing {@code ~} times only the sampled and directional modes, three rounds (for sizes where
 * the others take too long); a trailing {@code @} runs only the directional mode, on the correct
 * network and on the planted bug; a trailing {@code x} runs one exhaustive check of the correct and
 * one of the planted-bug network, nothing else (its evaluations of J at a size where every check
 * takes minutes). Run as the benchmark
 * is (nd4j/bench.sh), with main class {@code org.gradcheck4j.nd4j.bench.PlantedBugVerdicts} and
 * sizes, e.g. {@code 700! 7000 94000~}.
 */
public final class PlantedBugVerdicts {

    private PlantedBugVerdicts() {
    }

    /**
     * Sizes as arguments; a trailing {@code !} also checks the planted bug, {@code ~} only the fast
     * modes, {@code @} only the directional mode (correct and planted bug), {@code x} only the exhaustive
     * mode (correct and planted bug).
     */
    public static void main(String[] args) {
        for (String arg : args) {
            int size = Integer.parseInt(arg.replaceAll("[!~@x]", ""));
            Dl4jCheckBenchmark good = benchmark(size, false);
            if (arg.endsWith("@")) {
                directionalOnly(size, good);
                continue;
            }
            if (arg.endsWith("x")) {
                row(size, "correct", "EXHAUSTIVE", () -> describe(good.check(CheckMode.EXHAUSTIVE)));
                Dl4jCheckBenchmark bad = benchmark(size, true);
                row(size, "planted bug", "EXHAUSTIVE", () -> describe(bad.check(CheckMode.EXHAUSTIVE)));
                continue;
            }
            if (arg.endsWith("~")) {
                for (int round = 1; round <= 3; round++) {
                    for (CheckMode mode : List.of(CheckMode.SAMPLED, CheckMode.DIRECTIONAL)) {
                        row(size, "correct, round " + round, mode.name(), () -> describe(good.check(mode)));
                    }
                }
                continue;
            }
            timeAll(good, size, "warm-up");
            timeAll(good, size, "correct");
            if (arg.endsWith("!")) {
                Dl4jCheckBenchmark bad = benchmark(size, true);
                row(size, "planted bug", "GradientCheckUtil", () -> bad.gradientCheckUtil() ? "passed" : "caught");
                for (CheckMode mode : List.of(CheckMode.EXHAUSTIVE, CheckMode.SAMPLED, CheckMode.DIRECTIONAL)) {
                    row(size, "planted bug", mode.name(), () -> describe(bad.check(mode)));
                }
                localisation(bad.check(CheckMode.DIRECTIONAL));
            }
        }
    }

    /** The directional mode alone, on the correct network and on the planted bug, with its localisation notes. */
    private static void directionalOnly(int size, Dl4jCheckBenchmark good) {
        row(size, "warm-up", "DIRECTIONAL", () -> describe(good.check(CheckMode.DIRECTIONAL)));
        row(size, "correct", "DIRECTIONAL", () -> describe(good.check(CheckMode.DIRECTIONAL)));
        Dl4jCheckBenchmark bad = benchmark(size, true);
        row(size, "planted bug", "DIRECTIONAL", () -> describe(bad.check(CheckMode.DIRECTIONAL)));
        localisation(bad.check(CheckMode.DIRECTIONAL));
    }

    private static void timeAll(Dl4jCheckBenchmark b, int size, String round) {
        row(size, round, "GradientCheckUtil", () -> b.gradientCheckUtil() ? "passed" : "failed");
        for (CheckMode mode : List.of(CheckMode.EXHAUSTIVE, CheckMode.SAMPLED, CheckMode.DIRECTIONAL)) {
            row(size, round, mode.name(), () -> describe(b.check(mode)));
        }
    }

    /** Prints the directional mode's localisation notes, one a line. */
    private static void localisation(GradCheckResult r) {
        r.notes().stream().filter(n -> n.kind() == Note.Kind.LOCALISED)
                .forEach(n -> System.out.println("    localised: " + n.text()));
    }

    private static String describe(GradCheckResult r) {
        return r.verdict() + " " + r.failingTensors().stream().map(TensorResult::name).toList() + ", "
                + r.evaluations() + " evaluations (" + r.reexaminationEvaluations() + " re-examining)";
    }

    private static void row(int size, String network, String checker, Supplier<String> check) {
        long start = System.nanoTime();
        String outcome = check.get();
        System.out.printf("| %d | %s | %s | %s | %.0f |%n", size, network, checker, outcome,
                (System.nanoTime() - start) / 1e6);
    }

    private static Dl4jCheckBenchmark benchmark(int size, boolean plantedBug) {
        Dl4jCheckBenchmark b = new Dl4jCheckBenchmark();
        b.params = size;
        b.plantedBug = plantedBug;
        b.setUp();
        return b;
    }
}
