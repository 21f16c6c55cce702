package org.gradcheck4j.reports.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.util.List;
import org.apiguardian.api.API;
import org.gradcheck4j.reports.model.CheckRecord;

/**
 * Converts check results to and from JSON with Gson.
 *
 * <p>The JSON is strict (non-finite doubles become strings) and HTML-safe: {@code <}, {@code >},
 * {@code &}, {@code =} and {@code '} inside strings are written as {@code \}{@code u003c} and so on,
 * so that it can be embedded in a {@code <script>} element.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ResultJson {

    private static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(Double.class, new NonFiniteDoubleAdapter().nullSafe())
            .registerTypeAdapter(double.class, new NonFiniteDoubleAdapter())
            .disableJdkUnsafe()
            .create();

    private ResultJson() {
    }

    /** The result as compact JSON, as written to disk (a run may write thousands). */
    public static String toJson(CheckRecord check) {
        return GSON.toJson(check);
    }

    /** The results as one compact JSON array, HTML-safe for embedding in a page. */
    public static String toEmbeddableJson(List<CheckRecord> checks) {
        return GSON.toJson(checks).replace("<", "\\u003c");
    }

    /**
     * Reads one result.
     *
     * @throws IllegalArgumentException if the text is not a result of a known schema
     */
    public static CheckRecord fromJson(String json) {
        CheckRecord check;
        try {
            check = GSON.fromJson(json, CheckRecord.class);
        } catch (JsonParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a gradcheck4j result: " + e.getMessage(), e);
        }
        if (check == null) {
            throw new IllegalArgumentException("not a gradcheck4j result: the file is empty");
        }
        if (check.schema() < 1 || check.schema() > CheckRecord.SCHEMA) {
            throw new IllegalArgumentException("unsupported result schema " + check.schema()
                    + " (this version reads 1 to " + CheckRecord.SCHEMA + ")");
        }
        return check;
    }
}
