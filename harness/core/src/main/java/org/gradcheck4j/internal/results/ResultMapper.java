package org.gradcheck4j.internal.results;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.apiguardian.api.API;
import org.gradcheck4j.ComponentResult;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Hint;
import org.gradcheck4j.Note;
import org.gradcheck4j.SweepPoint;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.reports.model.CheckRecord;
import org.gradcheck4j.reports.model.ComponentRecord;
import org.gradcheck4j.reports.model.HintRecord;
import org.gradcheck4j.reports.model.SweepRecord;
import org.gradcheck4j.reports.model.TensorRecord;
import org.gradcheck4j.reports.model.ThresholdRecord;

/** Turns a check's result into the record written to disk. Internal. */
@API(status = INTERNAL, since = "0.1.0")
public final class ResultMapper {

    /** Stack traces are cut after this many lines. */
    static final int MAX_TRACE_LINES = 40;

    private ResultMapper() {
    }

    /**
     * The record of {@code result}.
     *
     * @param id unique among all results
     * @param runId the run the check belongs to
     * @param timestamp when it finished, milliseconds since the epoch
     * @param test the test it ran in
     */
    public static CheckRecord map(GradCheckResult result, String id, String runId, long timestamp, TestRef test) {
        return new CheckRecord(CheckRecord.SCHEMA, id, runId, timestamp, result.layer(), result.label(),
                test.uniqueId(), test.displayName(), result.verdict().name(), result.relativeError(),
                new ThresholdRecord(result.thresholds().pass(), result.thresholds().warn(), result.thresholds().fail()),
                result.epsilon(), result.seed(), result.trainingSteps(), result.evaluations(), result.diagnosis(),
                result.cause().map(ResultMapper::trace).orElse(""), result.notes().stream().map(Note::text).toList(),
                result.epsilonSweep().stream().map(ResultMapper::sweep).toList(),
                result.tensors().stream().map(ResultMapper::tensor).toList(),
                result.hints().stream().map(ResultMapper::hint).toList(), result.mode().name());
    }

    static TensorRecord tensor(TensorResult t) {
        return TensorRecord.capped(t.name(), t.kind().name(), t.shape(), t.relativeError(), t.verdict().name(),
                t.analytic(), t.numeric(), t.worst().stream().map(ResultMapper::component).toList(), t.kinks(),
                t.checked());
    }

    private static ComponentRecord component(ComponentResult c) {
        return new ComponentRecord(c.name(), c.index(), c.analytic(), c.numeric(), c.relativeError(), c.kink());
    }

    private static SweepRecord sweep(SweepPoint p) {
        return new SweepRecord(p.epsilon(), p.relativeError());
    }

    private static HintRecord hint(Hint h) {
        return new HintRecord(h.rule(), h.tensor(), h.message());
    }

    /** The exception with its stack trace, cut after {@link #MAX_TRACE_LINES} lines. */
    static String trace(Throwable t) {
        StringWriter text = new StringWriter();
        t.printStackTrace(new PrintWriter(text));
        List<String> lines = text.toString().lines().toList();
        if (lines.size() <= MAX_TRACE_LINES) {
            return String.join("\n", lines);
        }
        return String.join("\n", lines.subList(0, MAX_TRACE_LINES)) + "\n\t… " + (lines.size() - MAX_TRACE_LINES)
                + " more lines";
    }
}
