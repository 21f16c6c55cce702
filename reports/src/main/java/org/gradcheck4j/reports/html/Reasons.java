package org.gradcheck4j.reports.html;

import java.util.List;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Note;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.results.RecordedCheck;

/** Says in one line why a check did not pass cleanly, for the summary's rows. */
final class Reasons {

    /** Notes that explain a MARGINAL or WARN verdict, most telling first. */
    private static final List<Note.Kind> EXPLAINING = List.of(Note.Kind.UNRESOLVED, Note.Kind.KINK,
            Note.Kind.OUTLIERS, Note.Kind.RECHECKED, Note.Kind.REEXAMINED, Note.Kind.FLOAT, Note.Kind.MODE);
    private static final int MAX = 200;

    private Reasons() {
    }

    static String of(RecordedCheck check) {
        if (Expectations.announced(check) && !Expectations.expectedFailure(check)) {
            return "a planted bug that its test expects to FAIL gave " + VerdictStyle.name(check)
                    + ": the check did not catch it";
        }
        return check.result().map(Reasons::of).orElseGet(() -> firstLine(check.configurationError()));
    }

    private static String of(GradCheckResult r) {
        if (r.verdict() == Verdict.PASS) {
            return "";
        }
        if (!r.verdict().isNumeric()) {
            return firstLine(r.diagnosis().isEmpty() ? r.verdict().name() : r.diagnosis());
        }
        if (r.verdict() == Verdict.FAIL && !r.hints().isEmpty()) {
            return firstLine(r.hints().get(0).message());
        }
        for (Note.Kind kind : EXPLAINING) {
            for (Note n : r.notes()) {
                if (n.kind() == kind && r.verdict() != Verdict.FAIL) {
                    return firstLine(n.text());
                }
            }
        }
        String failing = r.tensors().stream().filter(t -> t.verdict() == r.verdict()).map(t -> t.name())
                .findFirst().map(n -> " in " + n).orElse("");
        return "relative error " + Numbers.format(r.relativeError()) + failing + " " + band(r);
    }

    private static String band(GradCheckResult r) {
        return switch (r.verdict()) {
            case MARGINAL -> "between pass " + Numbers.format(r.thresholds().pass()) + " and warn "
                    + Numbers.format(r.thresholds().warn());
            case WARN -> "between warn " + Numbers.format(r.thresholds().warn()) + " and fail "
                    + Numbers.format(r.thresholds().fail());
            default -> "at or above fail " + Numbers.format(r.thresholds().fail());
        };
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("").strip();
        return line.length() <= MAX ? line : line.substring(0, MAX - 1) + "…";
    }
}
