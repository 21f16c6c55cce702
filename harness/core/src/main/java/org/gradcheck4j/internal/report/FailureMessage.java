package org.gradcheck4j.internal.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Locale;
import org.apiguardian.api.API;
import org.gradcheck4j.ComponentResult;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Hint;
import org.gradcheck4j.Note;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.Verdict;

/**
 * Builds the one text that describes a result, for assertion failures and logs: a header with the
 * class and verdict, a table of tensors, the worst components of every tensor that did not pass
 * (analytic against numeric), the notes, and how to reproduce. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class FailureMessage {

    private static final int COMPONENTS_SHOWN = 3;

    private FailureMessage() {
    }

    /** The message for {@code result}. */
    public static String format(GradCheckResult result) {
        StringBuilder sb = new StringBuilder();
        sb.append("Gradient check of ").append(result.layer()).append(": ").append(result.verdict());
        if (result.verdict().isNumeric()) {
            sb.append(" (relative error ").append(num(result.relativeError())).append(')');
        }
        sb.append('\n');
        if (!result.label().isEmpty()) {
            sb.append("  case: ").append(result.label()).append('\n');
        }
        if (!result.diagnosis().isEmpty()) {
            sb.append(result.diagnosis()).append('\n');
        }
        result.cause().ifPresent(c -> sb.append("  cause: ").append(c).append('\n'));
        if (!result.tensors().isEmpty()) {
            tensorTable(sb, result);
            for (TensorResult t : result.tensors()) {
                if (t.verdict() != Verdict.PASS) {
                    worstComponents(sb, t, result.thresholds());
                }
            }
        }
        for (Hint hint : result.hints()) {
            sb.append("Hint: ").append(hint.message()).append('\n');
        }
        for (Note note : result.notes()) {
            sb.append("Note: ").append(note.text()).append('\n');
        }
        sb.append("Step ε=").append(num(result.epsilon())).append(" × max(1, |θ_i|); thresholds pass ")
                .append(num(result.thresholds().pass())).append(", warn ").append(num(result.thresholds().warn()))
                .append(", fail ").append(num(result.thresholds().fail())).append("; ").append(result.evaluations())
                .append(" evaluations of J.\n");
        sb.append("Reproduce with seed ").append(result.seed());
        if (result.trainingSteps() > 0) {
            sb.append(" after ").append(result.trainingSteps()).append(" training steps");
        }
        return sb.append(": GradCheck.of(layer).seed(").append(result.seed()).append(")…").toString();
    }

    private static void tensorTable(StringBuilder sb, GradCheckResult result) {
        int width = Math.max(6, result.tensors().stream().mapToInt(t -> t.name().length()).max().orElse(6));
        sb.append(String.format(Locale.ROOT, "  %-" + width + "s  %-9s  %-12s  %-14s  %s%n", "tensor", "kind", "shape",
                "relative error", "verdict"));
        for (TensorResult t : result.tensors()) {
            sb.append(String.format(Locale.ROOT, "  %-" + width + "s  %-9s  %-12s  %-14s  %s%n", t.name(),
                    t.kind().name().toLowerCase(Locale.ROOT), t.shape(), num(t.relativeError()), t.verdict()));
        }
    }

    private static void worstComponents(StringBuilder sb, TensorResult t, Thresholds thresholds) {
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

    /** A number with five significant digits, as people read them. */
    public static String num(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.toString(x);
        }
        double abs = Math.abs(x);
        String s = abs >= 1e-3 && abs < 1e5 ? String.format(Locale.ROOT, "%.5g", x)
                : String.format(Locale.ROOT, "%.4e", x);
        return s.replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replace(".e", "e").replaceAll("\\.$", "");
    }
}
