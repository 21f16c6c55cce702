package org.gradcheck4j.benchmarks;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Writes {@code RESULTS.md} from JMH's {@code -rf json} output: the machine, the JDK, the command,
 * the ratios the benchmarks exist for, and every raw score.
 *
 * <pre>java -cp benchmarks.jar org.gradcheck4j.benchmarks.Report results.json[,more.json] RESULTS.md "command" ["load"]</pre>
 *
 * Several JSON files (comma-separated) are read as one run: {@code run.sh} measures the smallest
 * layers with longer warm-up than the rest.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Report {

    /** The first line of the section nd4j/bench.sh writes into the same file. */
    static final String KEPT_BEGIN = "<!-- dl4j-benchmark: written by nd4j/bench.sh -->";
    static final String KEPT_END = "<!-- /dl4j-benchmark -->";

    private final List<Score> scores;
    private final StringBuilder md = new StringBuilder();

    private Report(List<Score> scores) {
        this.scores = scores;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: Report <jmh-results.json[,more.json]> <RESULTS.md> <command> [load]");
        }
        List<Score> scores = new ArrayList<>();
        for (String json : args[0].split(",")) {
            scores.addAll(Score.read(Files.readString(Path.of(json), StandardCharsets.UTF_8)));
        }
        String text = new Report(scores).write(args[2], args.length > 3 ? args[3] : "");
        Path results = Path.of(args[1]);
        String old = Files.exists(results) ? Files.readString(results, StandardCharsets.UTF_8) : "";
        Files.writeString(results, text + keptSection(old), StandardCharsets.UTF_8);
    }

    /**
     * The section of {@code old} that {@code nd4j/bench.sh} writes (Deeplearning4j against
     * GradientCheckUtil, from its own JMH run), kept as it is; empty when there is none.
     */
    static String keptSection(String old) {
        int begin = old.indexOf(KEPT_BEGIN);
        int end = old.indexOf(KEPT_END);
        return begin >= 0 && end > begin ? "\n" + old.substring(begin, end + KEPT_END.length()) + "\n" : "";
    }

    private String write(String command, String load) {
        line("# Benchmark results");
        line("");
        line("Written by `benchmarks/run.sh` from JMH's JSON output on " + LocalDate.now() + ". All ratios come from"
                + " this run, each from two scores of the same JMH command (listed below). The machine may be shared"
                + " with other work: scores carry that noise (see the error column of the raw table).");
        line("");
        line("- Machine: " + Machine.describe());
        if (!load.isEmpty()) {
            line("- Other work on the machine: " + load);
        }
        line("- JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + ")");
        line("- JMH: 1.37, `-prof gc`");
        line("- Commands: `" + command.replace("; ", "`; `") + "`");
        line("");
        targets();
        exhaustive();
        parallel();
        directional();
        network();
        raw();
        return md.toString();
    }

    private void targets() {
        line("## Targets");
        line("");
        line("| target | measured | met |");
        line("| --- | --- | --- |");
        for (String p : params("ExhaustiveBenchmark.exhaustive", "params")) {
            ratio("exhaustive / floor ≤ 1.15, dense " + p, "ExhaustiveBenchmark.exhaustive", "ExhaustiveBenchmark.floor",
                    Map.of("params", p), 1.15, false);
        }
        ratio("exhaustive / floor ≤ 1.15, 4-layer network", "NetworkBenchmark.exhaustive", "NetworkBenchmark.floor",
                Map.of(), 1.15, false);
        for (String p : params("ExhaustiveBenchmark.naive", "params")) {
            ratio("naive / exhaustive ≥ 2, dense " + p, "ExhaustiveBenchmark.naive", "ExhaustiveBenchmark.exhaustive",
                    Map.of("params", p), 2, true);
        }
        limit("directional, dense 10⁶ ≤ 1000 ms", "DirectionalBenchmark.directional", Map.of("params", "1000000"), 1000);
        limit("directional, 4-layer network ≈10⁶ ≤ 1000 ms", "NetworkBenchmark.directionalMillion", Map.of(), 1000);
        limit("find and name one wrong element among 10⁶ ≤ 2000 ms", "DirectionalBenchmark.localise",
                Map.of("params", "1000000"), 2000);
        for (String p : params("ParallelBenchmark.exhaustive", "params")) {
            ratio("parallel speed-up ≥ 1.8 on 2 threads, dense " + p, "ParallelBenchmark.exhaustive",
                    "ParallelBenchmark.exhaustive", Map.of("params", p, "threads", "1"), Map.of("params", p, "threads", "2"),
                    1.8, true);
        }
        line("");
    }

    private void exhaustive() {
        line("## Exhaustive check of a dense layer (one example) against its floor and the course's loop");
        line("");
        line("N counts every component of θ (weights, biases and the input). The floor is 2N bare evaluations"
                + " of J. The engine's allocation per component is (its B/op − the floor's B/op) / N: the arrays of"
                + " the result and of the state checks (numeric and analytic values, snapshots of θ), about ten"
                + " doubles per component; nothing is allocated per perturbation.");
        line("");
        line("| params | N | floor ms | exhaustive ms | naive ms | exhaustive / floor | naive / exhaustive"
                + " | engine B per component |");
        line("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (String p : params("ExhaustiveBenchmark.exhaustive", "params")) {
            Map<String, String> at = Map.of("params", p);
            long n = ExhaustiveBenchmark.components(Integer.parseInt(p));
            Optional<Score> floor = find("ExhaustiveBenchmark.floor", at);
            Optional<Score> exh = find("ExhaustiveBenchmark.exhaustive", at);
            Optional<Score> naive = find("ExhaustiveBenchmark.naive", at);
            double perComponent = exh.isPresent() && floor.isPresent()
                    ? (exh.get().alloc() - floor.get().alloc()) / n : Double.NaN;
            line("| " + p + " | " + n + " | " + ms(floor) + " | " + ms(exh) + " | " + ms(naive) + " | "
                    + div(exh, floor) + " | " + div(naive, exh) + " | " + num(perComponent) + " |");
        }
        line("");
    }

    private void parallel() {
        line("## Parallel exhaustive check (dense, one example; a layer per thread from the factory)");
        line("");
        line("| params | 1 thread ms | 2 threads ms | speed-up |");
        line("| --- | --- | --- | --- |");
        for (String p : params("ParallelBenchmark.exhaustive", "params")) {
            Optional<Score> one = find("ParallelBenchmark.exhaustive", Map.of("params", p, "threads", "1"));
            Optional<Score> two = find("ParallelBenchmark.exhaustive", Map.of("params", p, "threads", "2"));
            line("| " + p + " | " + ms(one) + " | " + ms(two) + " | " + div(one, two) + " |");
        }
        line("");
    }

    private void directional() {
        line("## Directional mode (dense, batch of four)");
        line("");
        line("| params | correct layer ms | one planted wrong element, found and named ms |");
        line("| --- | --- | --- |");
        for (String p : params("DirectionalBenchmark.directional", "params")) {
            Map<String, String> at = Map.of("params", p);
            line("| " + p + " | " + ms(find("DirectionalBenchmark.directional", at)) + " | "
                    + ms(find("DirectionalBenchmark.localise", at)) + " |");
        }
        line("");
    }

    private void network() {
        line("## Four-layer tanh network (batch of four)");
        line("");
        line("| benchmark | ms |");
        line("| --- | --- |");
        for (String b : List.of("floor", "exhaustive", "naive", "directional", "directionalMillion")) {
            line("| " + b + " | " + ms(find("NetworkBenchmark." + b, Map.of())) + " |");
        }
        line("");
    }

    private void raw() {
        line("## Raw scores");
        line("");
        line("| benchmark | params | score | ± error | unit | alloc B/op |");
        line("| --- | --- | --- | --- | --- | --- |");
        for (Score s : scores) {
            line("| " + s.name() + " | " + s.params() + " | " + num(s.score()) + " | " + num(s.error()) + " | "
                    + s.unit() + " | " + num(s.alloc()) + " |");
        }
        line("");
    }

    private void ratio(String label, String top, String bottom, Map<String, String> at, double target, boolean atLeast) {
        ratio(label, top, bottom, at, at, target, atLeast);
    }

    private void ratio(String label, String top, String bottom, Map<String, String> topAt, Map<String, String> bottomAt,
                       double target, boolean atLeast) {
        Optional<Score> a = find(top, topAt);
        Optional<Score> b = find(bottom, bottomAt);
        if (a.isEmpty() || b.isEmpty()) {
            line("| " + label + " | not run | – |");
            return;
        }
        double r = a.get().score() / b.get().score();
        boolean met = atLeast ? r >= target : r <= target;
        line("| " + label + " | " + String.format(Locale.ROOT, "%.2f", r) + " | " + (met ? "yes" : "**no**") + " |");
    }

    private void limit(String label, String benchmark, Map<String, String> at, double maxMs) {
        Optional<Score> s = find(benchmark, at);
        if (s.isEmpty()) {
            line("| " + label + " | not run | – |");
            return;
        }
        line("| " + label + " | " + ms(s) + " ms | " + (s.get().score() <= maxMs ? "yes" : "**no**") + " |");
    }

    private List<String> params(String benchmark, String key) {
        TreeSet<Integer> values = new TreeSet<>();
        for (Score s : scores) {
            if (s.name().equals(benchmark) && s.params().containsKey(key)) {
                values.add(Integer.parseInt(s.params().get(key)));
            }
        }
        return values.stream().map(String::valueOf).toList();
    }

    private Optional<Score> find(String benchmark, Map<String, String> at) {
        return scores.stream().filter(s -> s.name().equals(benchmark))
                .filter(s -> at.entrySet().stream().allMatch(e -> e.getValue().equals(s.params().get(e.getKey()))))
                .findFirst();
    }

    private static String ms(Optional<Score> s) {
        return s.map(x -> num(x.score())).orElse("–");
    }

    private static String div(Optional<Score> a, Optional<Score> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.2f", a.get().score() / b.get().score());
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (v != 0 && (Math.abs(v) >= 1e6 || Math.abs(v) < 1e-2)) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private void line(String s) {
        md.append(s).append('\n');
    }

    /**
     * One benchmark's score.
     *
     * @param name the benchmark's class and method, e.g. {@code ExhaustiveBenchmark.floor}
     * @param params its JMH parameters
     * @param score the primary score
     * @param error the score's error (NaN when JMH wrote "NaN")
     * @param unit the score's unit
     * @param alloc bytes allocated per operation ({@code gc.alloc.rate.norm}; {@code ·gc.alloc.rate.norm}
     *              before JMH 1.34), NaN without -prof gc
     */
    record Score(String name, Map<String, String> params, double score, double error, String unit, double alloc) {

        /** The scores of a JMH {@code -rf json} document; throws {@code JsonParseException} on malformed JSON. */
        static List<Score> read(String json) {
            List<Score> out = new ArrayList<>();
            for (JsonElement element : JsonParser.parseString(json).getAsJsonArray()) {
                JsonObject run = element.getAsJsonObject();
                String[] parts = run.get("benchmark").getAsString().split("\\.");
                String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
                Map<String, String> params = new TreeMap<>();
                if (run.get("params") instanceof JsonObject p) {
                    p.entrySet().forEach(e -> params.put(e.getKey(), e.getValue().getAsString()));
                }
                JsonObject primary = run.getAsJsonObject("primaryMetric");
                out.add(new Score(name, params, number(primary.get("score")), number(primary.get("scoreError")),
                        primary.get("scoreUnit").getAsString(), alloc(run.get("secondaryMetrics"))));
            }
            return out;
        }

        /** {@code gc.alloc.rate.norm} ({@code ·gc.alloc.rate.norm} before JMH 1.34), NaN without -prof gc. */
        private static double alloc(JsonElement secondary) {
            if (!(secondary instanceof JsonObject metrics)) {
                return Double.NaN;
            }
            JsonElement norm = metrics.has("gc.alloc.rate.norm") ? metrics.get("gc.alloc.rate.norm")
                    : metrics.get("·gc.alloc.rate.norm");
            return norm instanceof JsonObject m ? number(m.get("score")) : Double.NaN;
        }

        /** A number that JMH may have written as a string ("NaN"). */
        private static double number(JsonElement value) {
            if (!(value instanceof JsonPrimitive p) || p.isBoolean()) {
                return Double.NaN;
            }
            try {
                return p.getAsDouble();
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
    }
}
