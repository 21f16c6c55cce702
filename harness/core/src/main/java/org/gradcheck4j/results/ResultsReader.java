package org.gradcheck4j.results;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gradcheck4j.CheckMode;
import org.gradcheck4j.ComponentResult;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Hint;
import org.gradcheck4j.Note;
import org.gradcheck4j.SweepPoint;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.Verdict;

/** Reads the JSON that {@link ResultsWriter} writes back into the same records. */
final class ResultsReader {

    private static final String NOT_A_RESULT = "not a gradcheck4j result: ";

    private ResultsReader() {
    }

    static RecordedCheck read(String json) {
        try {
            JsonElement root = JsonParser.parseString(json);
            if (!root.isJsonObject()) {
                throw new IllegalArgumentException(NOT_A_RESULT + "expected a JSON object");
            }
            return check(root.getAsJsonObject());
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && (e.getMessage().startsWith(NOT_A_RESULT) || e.getMessage().startsWith("unsupported"))) {
                throw e;
            }
            throw new IllegalArgumentException(NOT_A_RESULT + e.getMessage(), e);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException
                 | ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException(NOT_A_RESULT + e.getMessage(), e);
        }
    }

    /** A result file written by another version of gradcheck4j, with another schema. */
    static final class OtherSchema extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        OtherSchema(int schema) {
            super("unsupported result schema " + schema + " (this version reads " + ResultsJson.SCHEMA + ")");
        }
    }

    private static RecordedCheck check(JsonObject o) {
        int schema = required(o, "schema").getAsInt();
        if (schema != ResultsJson.SCHEMA) {
            throw new OtherSchema(schema);
        }
        Optional<GradCheckResult> result = o.has("result") ? Optional.of(result(o.getAsJsonObject("result")))
                : Optional.empty();
        return new RecordedCheck(text(o, "id"), text(o, "runId"), required(o, "timestamp").getAsLong(),
                text(o, "testId"), text(o, "testName"), text(o, "layer"), result,
                o.has("configurationError") ? text(o, "configurationError") : "");
    }

    private static GradCheckResult result(JsonObject o) {
        JsonObject t = o.getAsJsonObject("thresholds");
        Thresholds thresholds = new Thresholds(number(t, "pass"), number(t, "warn"), number(t, "fail"));
        Optional<Throwable> cause = Optional.ofNullable(o.getAsJsonObject("cause")).map(c ->
                new RecordedException(text(c, "type"), text(c, "message"), text(c, "trace")));
        return new GradCheckResult(text(o, "layer"), text(o, "label"), Verdict.valueOf(text(o, "verdict")),
                number(o, "relativeError"), list(o, "tensors", ResultsReader::tensor), thresholds,
                number(o, "epsilon"), required(o, "seed").getAsLong(), required(o, "trainingSteps").getAsInt(),
                required(o, "evaluations").getAsLong(), required(o, "reexaminationEvaluations").getAsLong(),
                text(o, "diagnosis"), cause,
                list(o, "notes", ResultsReader::note), list(o, "epsilonSweep", ResultsReader::sweep),
                list(o, "hints", ResultsReader::hint), CheckMode.valueOf(text(o, "mode")));
    }

    private static TensorResult tensor(JsonObject o) {
        return new TensorResult(text(o, "name"), TensorResult.Kind.valueOf(text(o, "kind")),
                list(o.getAsJsonArray("shape"), JsonElement::getAsInt), number(o, "relativeError"),
                Verdict.valueOf(text(o, "verdict")), values(o.getAsJsonArray("analytic")),
                values(o.getAsJsonArray("numeric")), list(o, "worst", ResultsReader::component),
                required(o, "kinks").getAsInt(), required(o, "checked").getAsInt());
    }

    private static ComponentResult component(JsonObject o) {
        return new ComponentResult(text(o, "name"), required(o, "index").getAsInt(), number(o, "analytic"),
                number(o, "numeric"), number(o, "relativeError"), required(o, "kink").getAsBoolean());
    }

    private static Note note(JsonObject o) {
        return new Note(Note.Kind.valueOf(text(o, "kind")), list(o.getAsJsonArray("subjects"),
                JsonElement::getAsString), text(o, "text"));
    }

    private static SweepPoint sweep(JsonObject o) {
        return new SweepPoint(number(o, "epsilon"), number(o, "relativeError"));
    }

    private static Hint hint(JsonObject o) {
        return new Hint(text(o, "rule"), text(o, "tensor"), text(o, "message"));
    }

    private static <T> List<T> list(JsonObject o, String name, Function<JsonObject, T> read) {
        return list(required(o, name).getAsJsonArray(), e -> read.apply(e.getAsJsonObject()));
    }

    private static <T> List<T> list(JsonArray array, Function<JsonElement, T> read) {
        List<T> items = new ArrayList<>(array.size());
        array.forEach(e -> items.add(read.apply(e)));
        return items;
    }

    private static double[] values(JsonArray array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = number(array.get(i));
        }
        return values;
    }

    private static JsonElement required(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            throw new IllegalArgumentException(NOT_A_RESULT + "\"" + name + "\" is missing");
        }
        return e;
    }

    private static String text(JsonObject o, String name) {
        return required(o, name).getAsString();
    }

    private static double number(JsonObject o, String name) {
        return number(required(o, name));
    }

    /** A number, or one of the strings {@code NaN}, {@code Infinity}, {@code -Infinity}. */
    private static double number(JsonElement e) {
        if (e.getAsJsonPrimitive().isString()) {
            String s = e.getAsString();
            if (!s.equals("NaN") && !s.equals("Infinity") && !s.equals("-Infinity")) {
                throw new IllegalArgumentException(NOT_A_RESULT + "expected a number, NaN or Infinity, got \"" + s + "\"");
            }
            return Double.parseDouble(s);
        }
        return e.getAsDouble();
    }
}
