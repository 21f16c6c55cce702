package org.gradcheck4j.internal.junit;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Reads and parses the configuration parameters of a run ({@code junit-platform.properties} or
 * {@code -D}); a value that does not parse is an {@code ExtensionConfigurationException} naming the
 * parameter.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ConfigurationParameters {

    private final ExtensionContext context;

    /** Reads the parameters visible to {@code context}. */
    public ConfigurationParameters(ExtensionContext context) {
        this.context = context;
    }

    /** A comma-separated list of longs. */
    public Optional<List<Long>> longs(String key) {
        return raw(key).map(v -> list(key, v, Long::valueOf, "a comma-separated list of integers"));
    }

    /** A comma-separated list of ints. */
    public Optional<List<Integer>> ints(String key) {
        return raw(key).map(v -> list(key, v, Integer::valueOf, "a comma-separated list of integers"));
    }

    /** A comma-separated list of doubles. */
    public Optional<double[]> doubles(String key) {
        return raw(key).map(v -> list(key, v, Double::valueOf, "a comma-separated list of numbers"))
                .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** One long. */
    public Optional<Long> longValue(String key) {
        return raw(key).map(v -> parse(key, v, Long::valueOf, "an integer"));
    }

    /** One int. */
    public Optional<Integer> intValue(String key) {
        return raw(key).map(v -> parse(key, v, Integer::valueOf, "an integer"));
    }

    /** {@code true} or {@code false}, in any case. */
    public Optional<Boolean> bool(String key) {
        return raw(key).map(v -> {
            if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
                return Boolean.valueOf(v);
            }
            throw Requirement.parameter(key).fail(key, "be true or false", "`" + v + "`");
        });
    }

    private Optional<String> raw(String key) {
        return context.getConfigurationParameter(key).map(String::trim);
    }

    private static <T> List<T> list(String key, String value, Function<String, T> parser, String what) {
        if (value.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).map(v -> parse(key, value, v, parser, what))
                .toList();
    }

    private static <T> T parse(String key, String value, Function<String, T> parser, String what) {
        return parse(key, value, value, parser, what);
    }

    private static <T> T parse(String key, String whole, String part, Function<String, T> parser, String what) {
        try {
            return parser.apply(part);
        } catch (NumberFormatException e) {
            throw Requirement.parameter(key).fail(key, "be " + what, "`" + whole + "`");
        }
    }
}
