package org.gradcheck4j.internal.message;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Hint;
import org.gradcheck4j.Note;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Verdict;

/**
 * Builds the one text that describes a result, for assertion failures and logs: a header with the
 * class and verdict, a table of tensors, the worst components of the tensors that did not pass
 * (analytic against numeric; when every tensor fails, that fact first and one component only), the
 * hints and notes (not those on how the evaluations were spent: the ε-sweep's, the examined worst
 * components'), the evaluations of J with those of re-examination, and how to reproduce. Short by design: the run's report has every component.
 * Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class FailureMessage {

    /** Where every component of every tensor can be read. */
    static final String REPORT = "the run's report (target/gradcheck4j/) or GradCheckResult.tensors()";
    /** How many failing tensors get their worst components listed. */
    private static final int TENSORS_DETAILED = 3;
    /** How many hints are shown, most specific first. */
    private static final int HINTS_SHOWN = 3;
    /** Notes on how the engine spent its evaluations, left to the result and the report. */
    private static final Set<Note.Kind> NOT_SHOWN = EnumSet.of(Note.Kind.SWEEP, Note.Kind.WORST_EXAMINED);

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
        if (everyTensorFails(result)) {
            sb.append(everyGradientWrong(result.tensors()));
            TensorLines.table(sb, result.tensors());
            TensorLines.worstOverall(sb, result.tensors());
            sb.append("  every component of every tensor: ").append(REPORT).append('\n');
        } else if (!result.tensors().isEmpty()) {
            TensorLines.table(sb, result.tensors());
            components(sb, result);
        }
        for (Hint hint : result.hints().subList(0, Math.min(HINTS_SHOWN, result.hints().size()))) {
            sb.append("Hint: ").append(hint.message()).append('\n');
        }
        if (result.hints().size() > HINTS_SHOWN) {
            sb.append("  ").append(result.hints().size() - HINTS_SHOWN).append(" more hints: ").append(REPORT)
                    .append('\n');
        }
        for (Note note : result.notes()) {
            if (!NOT_SHOWN.contains(note.kind())) {
                sb.append("Note: ").append(note.text()).append('\n');
            }
        }
        sb.append("Step ε=").append(num(result.epsilon())).append(" × max(1, |θ_i|); thresholds pass ")
                .append(num(result.thresholds().pass())).append(", warn ").append(num(result.thresholds().warn()))
                .append(", fail ").append(num(result.thresholds().fail())).append("; ").append(result.evaluations())
                .append(" evaluations of J").append(result.reexaminationEvaluations() == 0 ? ""
                        : " (" + result.reexaminationEvaluations() + " of them re-examining disagreements)")
                .append(".\n");
        return sb.append("Reproduce: ").append(reproduce(result)).toString();
    }

    /** Whether there are several tensors and all of them FAIL. */
    static boolean everyTensorFails(GradCheckResult result) {
        return result.tensors().size() > 1 && result.failingTensors().size() == result.tensors().size();
    }

    /** The call that replays this check's seed and training on the same layer and inputs. */
    public static String reproduce(GradCheckResult result) {
        return "GradCheck.of(layer).input(…).seed(" + result.seed() + ")"
                + (result.trainingSteps() > 0 ? ".train(" + result.trainingSteps() + ")" : "") + ".run()";
    }

    private static String everyGradientWrong(List<TensorResult> tensors) {
        return "Every gradient is wrong (" + tensors.stream().map(TensorResult::name).collect(Collectors.joining(", "))
                + "): look at what they share — the incoming dy, the cached activations, the state carried "
                + "between steps.\n";
    }

    private static void components(StringBuilder sb, GradCheckResult result) {
        List<TensorResult> notPassing = result.tensors().stream().filter(t -> t.verdict() != Verdict.PASS).toList();
        for (TensorResult t : notPassing.subList(0, Math.min(TENSORS_DETAILED, notPassing.size()))) {
            TensorLines.worstComponents(sb, t, result.thresholds());
        }
        if (notPassing.size() > TENSORS_DETAILED) {
            sb.append("  ").append(notPassing.size() - TENSORS_DETAILED).append(" more tensors did not pass: ")
                    .append(REPORT).append('\n');
        }
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
