package org.gradcheck4j.reports.json;

import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;

/**
 * Writes doubles as JSON numbers, and NaN and the infinities (which JSON lacks) as the strings
 * {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}, so that every file stays strict JSON
 * that a browser's {@code JSON.parse} accepts; reads both forms back.
 */
final class NonFiniteDoubleAdapter extends TypeAdapter<Double> {

    @Override
    public void write(JsonWriter out, Double value) throws IOException {
        if (value == null) {
            out.nullValue();
        } else if (Double.isFinite(value)) {
            out.value(value.doubleValue());
        } else {
            out.value(value.toString());
        }
    }

    @Override
    public Double read(JsonReader in) throws IOException {
        JsonToken token = in.peek();
        if (token == JsonToken.NULL) {
            in.nextNull();
            return Double.NaN;
        }
        if (token == JsonToken.STRING) {
            String text = in.nextString();
            try {
                return Double.valueOf(text);
            } catch (NumberFormatException e) {
                throw new IOException("expected a number, NaN or Infinity at " + in.getPath() + ", got \"" + text + "\"", e);
            }
        }
        return in.nextDouble();
    }
}
