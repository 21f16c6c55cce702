package org.gradcheck4j.results;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.gradcheck4j.ComponentResult;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Hint;
import org.gradcheck4j.Note;
import org.gradcheck4j.SweepPoint;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Thresholds;

/** Writes a {@link RecordedCheck} as JSON: the one place the results format is written. */
final class ResultsWriter {

    private final JsonWriter out;

    private ResultsWriter(JsonWriter out) {
        this.out = out;
    }

    static String write(RecordedCheck check) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setHtmlSafe(true);
            new ResultsWriter(json).check(check);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private void check(RecordedCheck c) throws IOException {
        out.beginObject();
        out.name("schema").value(ResultsJson.SCHEMA);
        out.name("id").value(c.id());
        out.name("runId").value(c.runId());
        out.name("timestamp").value(c.timestamp());
        out.name("testId").value(c.testId());
        out.name("testName").value(c.testName());
        out.name("layer").value(c.layer());
        if (c.isConfigurationError()) {
            out.name("configurationError").value(c.configurationError());
        }
        if (c.result().isPresent()) {
            out.name("result");
            result(c.result().get());
        }
        out.endObject();
    }

    private void result(GradCheckResult r) throws IOException {
        out.beginObject();
        out.name("layer").value(r.layer());
        out.name("label").value(r.label());
        out.name("verdict").value(r.verdict().name());
        number("relativeError", r.relativeError());
        thresholds(r.thresholds());
        number("epsilon", r.epsilon());
        out.name("seed").value(r.seed());
        out.name("trainingSteps").value(r.trainingSteps());
        out.name("evaluations").value(r.evaluations());
        out.name("reexaminationEvaluations").value(r.reexaminationEvaluations());
        out.name("diagnosis").value(r.diagnosis());
        if (r.cause().isPresent()) {
            cause(r.cause().get());
        }
        out.name("notes").beginArray();
        for (Note n : r.notes()) {
            note(n);
        }
        out.endArray();
        out.name("epsilonSweep").beginArray();
        for (SweepPoint p : r.epsilonSweep()) {
            out.beginObject();
            number("epsilon", p.epsilon());
            number("relativeError", p.relativeError());
            out.endObject();
        }
        out.endArray();
        out.name("tensors").beginArray();
        for (TensorResult t : r.tensors()) {
            tensor(t);
        }
        out.endArray();
        out.name("hints").beginArray();
        for (Hint h : r.hints()) {
            out.beginObject().name("rule").value(h.rule()).name("tensor").value(h.tensor())
                    .name("message").value(h.message()).endObject();
        }
        out.endArray();
        out.name("mode").value(r.mode().name());
        out.endObject();
    }

    private void thresholds(Thresholds t) throws IOException {
        out.name("thresholds").beginObject();
        number("pass", t.pass());
        number("warn", t.warn());
        number("fail", t.fail());
        out.endObject();
    }

    private void cause(Throwable t) throws IOException {
        out.name("cause").beginObject();
        out.name("type").value(t instanceof RecordedException r ? r.type() : t.getClass().getName());
        out.name("message").value(t.getMessage() == null ? "" : t.getMessage());
        out.name("trace").value(trace(t));
        out.endObject();
    }

    private void note(Note n) throws IOException {
        out.beginObject();
        out.name("kind").value(n.kind().name());
        out.name("subjects").beginArray();
        for (String s : n.subjects()) {
            out.value(s);
        }
        out.endArray();
        out.name("text").value(n.text());
        out.endObject();
    }

    private void tensor(TensorResult t) throws IOException {
        out.beginObject();
        out.name("name").value(t.name());
        out.name("kind").value(t.kind().name());
        out.name("shape").beginArray();
        for (int d : t.shape()) {
            out.value(d);
        }
        out.endArray();
        out.name("size").value(t.size());
        number("relativeError", t.relativeError());
        out.name("verdict").value(t.verdict().name());
        values("analytic", t.analytic());
        values("numeric", t.numeric());
        out.name("worst").beginArray();
        for (ComponentResult c : t.worst()) {
            out.beginObject();
            out.name("name").value(c.name());
            out.name("index").value(c.index());
            number("analytic", c.analytic());
            number("numeric", c.numeric());
            number("relativeError", c.relativeError());
            out.name("kink").value(c.kink());
            out.endObject();
        }
        out.endArray();
        out.name("kinks").value(t.kinks());
        out.name("checked").value(t.checked());
        out.endObject();
    }

    private void values(String name, double[] values) throws IOException {
        out.name(name).beginArray();
        for (int i = 0; i < Math.min(values.length, ResultsJson.MAX_STORED_COMPONENTS); i++) {
            value(values[i]);
        }
        out.endArray();
    }

    private void number(String name, double value) throws IOException {
        out.name(name);
        value(value);
    }

    /** A finite double as a number; NaN and the infinities as strings, which strict JSON needs. */
    private void value(double value) throws IOException {
        if (Double.isFinite(value)) {
            out.value(value);
        } else {
            out.value(Double.toString(value));
        }
    }

    /** The stack trace, cut after {@link ResultsJson#MAX_TRACE_LINES} lines. */
    static String trace(Throwable t) {
        if (t instanceof RecordedException r) {
            return r.trace();
        }
        StringWriter text = new StringWriter();
        t.printStackTrace(new PrintWriter(text));
        List<String> lines = text.toString().lines().toList();
        if (lines.size() <= ResultsJson.MAX_TRACE_LINES) {
            return String.join("\n", lines);
        }
        return String.join("\n", lines.subList(0, ResultsJson.MAX_TRACE_LINES)) + "\n\t… "
                + (lines.size() - ResultsJson.MAX_TRACE_LINES) + " more lines";
    }
}
