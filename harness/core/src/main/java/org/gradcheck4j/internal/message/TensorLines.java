package org.gradcheck4j.internal.message;

import static org.gradcheck4j.internal.message.FailureMessage.num;

import java.util.List;
import java.util.Locale;
import org.gradcheck4j.ComponentResult;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.Verdict;

/** The lines of a failure message about tensors: their table and their worst components. Internal. */
final class TensorLines {

    private static final int COMPONENTS_SHOWN = 3;

    private TensorLines() {
    }

    static void table(StringBuilder sb, List<TensorResult> tensors) {
        int width = Math.max(6, tensors.stream().mapToInt(t -> t.name().length()).max().orElse(6));
        String row = "  %-" + width + "s  %-9s  %-12s  %-14s  %s%n";
        sb.append(String.format(Locale.ROOT, row, "tensor", "kind", "shape", "relative error", "verdict"));
        for (TensorResult t : tensors) {
            sb.append(String.format(Locale.ROOT, row, t.name(), t.kind().name().toLowerCase(Locale.ROOT), t.shape(),
                    num(t.relativeError()), t.verdict()));
        }
    }

    /** Up to three worst components of {@code t} (one when the rest are within warn), then its summary. */
    static void worstComponents(StringBuilder sb, TensorResult t, Thresholds thresholds) {
        int shown = 0;
        while (shown < Math.min(COMPONENTS_SHOWN, t.worst().size())
                && (shown == 0 || t.worst().get(shown).relativeError() > thresholds.warn())) {
            shown++;
        }
        for (int k = 0; k < shown; k++) {
            ComponentResult c = t.worst().get(k);
            sb.append("Expecting analytic gradient ").append(c.name()).append(":\n    ").append(num(c.analytic()))
                    .append("\n  to be close to numeric:\n    ").append(num(c.numeric())).append("\n  component relative error ")
                    .append(num(c.relativeError())).append('\n');
        }
        sb.append("  ").append(t.name()).append(": relative error ").append(num(t.relativeError()))
                .append(t.verdict() == Verdict.FAIL ? " ≥ fail threshold " + num(thresholds.fail())
                        : " > pass threshold " + num(thresholds.pass()))
                .append(t.worst().size() > shown ? " (" + (t.worst().size() - shown) + " more listed in the result)" : "")
                .append('\n');
    }

    /** One line: the worst component over all {@code tensors}, analytic against numeric. */
    static void worstOverall(StringBuilder sb, List<TensorResult> tensors) {
        tensors.stream().flatMap(t -> t.worst().stream().limit(1))
                .max((a, b) -> Double.compare(a.relativeError(), b.relativeError()))
                .ifPresent(c -> sb.append("  worst component ").append(c.name()).append(": analytic ")
                        .append(num(c.analytic())).append(", numeric ").append(num(c.numeric()))
                        .append(", component relative error ").append(num(c.relativeError())).append('\n'));
    }
}
