package org.gradcheck4j.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.gradcheck4j.CheckMode;
import org.gradcheck4j.ComponentResult;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Hint;
import org.gradcheck4j.Note;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.results.RecordedCheck;

/**
 * A generated run of many checks, shaped like a large project's: 50 layers, each checked by 4 test
 * templates with many invocations; per 100 checks 90 PASS, 2 MARGINAL (one only below the resolution
 * of finite differences), 1 WARN, 1 real FAIL, 5 planted bugs that fail as expected and 1 planted
 * bug that was not caught; one check in 500 (a passing one) is a configuration error instead. Each check has a 8 × 8 weight, a
 * bias of 8 and an 8 × 4 input.
 */
final class LargeRun {

    static final int LAYERS = 50;
    static final int TESTS_PER_LAYER = 4;

    private LargeRun() {
    }

    static List<RecordedCheck> of(int n) {
        Random random = new Random(n);
        List<RecordedCheck> checks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int layer = i % LAYERS;
            int test = (i / LAYERS) % TESTS_PER_LAYER;
            String name = "com.example.big.Layer" + layer;
            String testId = "[engine:junit-jupiter]/[class:com.example.big.Layer" + layer + "Tests]/[test-template:t"
                    + test + "(java.util.Random)]/[test-template-invocation:#" + i + "]";
            String testName = "Layer" + layer + "Tests › t" + test + "(Random) › seed=" + i;
            if (i % 500 == 250) {
                checks.add(RecordedCheck.ofConfigurationError("c" + i, "big", i, testId, testName, name, name
                        + " cannot be gradient-checked: @Grad dW: names no @Param \"V\". Fix: name a @Param."));
            } else {
                checks.add(RecordedCheck.of("c" + i, "big", i, testId, testName, result(name, i, random)));
            }
        }
        return checks;
    }

    private static GradCheckResult result(String layer, int i, Random random) {
        int kind = i * 37 % 100;   // a bijection on each block of 100: the mix holds, spread over the groups
        Verdict verdict = kind < 90 ? Verdict.PASS : kind < 92 ? Verdict.MARGINAL : kind == 92 ? Verdict.WARN
                : kind == 98 ? Verdict.PASS : Verdict.FAIL;
        boolean planted = kind >= 94;
        String label = planted ? "planted bug, expected FAIL: sign of dW · seed=" + i : "seed=" + i;
        double error = switch (verdict) {
            case PASS -> 1e-9;
            case MARGINAL -> 3e-6;
            case WARN -> 2e-4;
            default -> 0.8;
        };
        boolean unresolved = kind == 91;
        List<TensorResult> tensors = List.of(tensor("W", List.of(8, 8), verdict, unresolved, random),
                tensor("b", List.of(8), Verdict.PASS, false, random),
                tensor("input x", List.of(8, 4), Verdict.PASS, false, random));
        List<Note> notes = unresolved ? List.of(Note.about(Note.Kind.UNRESOLVED, List.of("W[2,3]"),
                "W[2,3]: its disagreement lies below the measured noise of J, so it is not judged")) : List.of();
        List<Hint> hints = verdict == Verdict.FAIL ? List.of(new Hint("sign-flipped", "W",
                "W has the opposite sign everywhere: look for a flipped sign in dW")) : List.of();
        return new GradCheckResult(layer, label, verdict, error, tensors, Thresholds.DEFAULT, 1e-7, i, i % 3 * 10, 210, i % 5,
                "", Optional.empty(), notes, List.of(), hints, CheckMode.EXHAUSTIVE);
    }

    private static TensorResult tensor(String name, List<Integer> shape, Verdict verdict, boolean unresolved,
                                       Random random) {
        int size = shape.stream().reduce(1, (a, b) -> a * b);
        double[] a = new double[size];
        double[] n = new double[size];
        for (int k = 0; k < size; k++) {
            a[k] = random.nextGaussian();
            n[k] = verdict == Verdict.FAIL ? -a[k] : a[k] * (1 + 1e-9);
        }
        double error = verdict == Verdict.FAIL ? 1 : 1e-9;
        if (unresolved) {
            n[2 * 8 + 3] = a[2 * 8 + 3] + 1e-3;   // far off, but below the resolution: not judged
            error = 2e-3;                          // past the fail line, yet the tensor is MARGINAL
        }
        List<ComponentResult> worst = List.of(new ComponentResult(name + "[0]", 0, a[0], n[0],
                Math.abs(a[0] - n[0]) / (Math.abs(a[0]) + Math.abs(n[0])), false));
        return new TensorResult(name, name.startsWith("input") ? TensorResult.Kind.INPUT : TensorResult.Kind.PARAMETER,
                shape, error, unresolved ? Verdict.MARGINAL : verdict, a, n, worst, 0, size);
    }
}
