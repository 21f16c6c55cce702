package org.gradcheck4j.nd4j.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Writes the Deeplearning4j section of {@code benchmarks/RESULTS.md} from {@link Dl4jCheckBenchmark}'s
 * JMH JSON, the Markdown rows {@link PlantedBugVerdicts} printed, and the peak resident memory of the
 * JMH run. The section lies between {@link #BEGIN} and {@link #END}; the rest of the file (written by
 * the benchmarks module's {@code Report}, which keeps this section) is left alone. Run by
 * {@code nd4j/bench.sh}:
 *
 * <pre>Dl4jReport jmh.json[,more.json] verdicts.md peak-kb RESULTS.md "command" "load" "commit"</pre>
 *
 * Several JSON files (comma-separated) are read as one run: the sizes need different JMH settings.
 */
public final class Dl4jReport {

    /** The first line of the section. */
    public static final String BEGIN = "<!-- dl4j-benchmark: written by nd4j/bench.sh -->";
    /** The last line of the section. */
    public static final String END = "<!-- /dl4j-benchmark -->";

    private static final String BENCH = "Dl4jCheckBenchmark.";
    private final List<Score> scores;
    private final StringBuilder md = new StringBuilder();

    private Dl4jReport(List<Score> scores) {
        this.scores = scores;
    }

    /** See the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        if (args.length < 7) {
            throw new IllegalArgumentException("usage: Dl4jReport <jmh.json> <verdicts.md> <peak-kb> <RESULTS.md> <command> <load> <commit>");
        }
        List<Score> scores = new ArrayList<>();
        for (String json : args[0].split(",")) {
            scores.addAll(Score.read(Files.readString(Path.of(json), StandardCharsets.UTF_8)));
        }
        String verdicts = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        String section = new Dl4jReport(scores).write(verdicts, args[2].trim(), args[4], args[5], args[6]);
        Path results = Path.of(args[3]);
        String old = Files.exists(results) ? Files.readString(results, StandardCharsets.UTF_8) : "";
        Path tmp = results.resolveSibling(results.getFileName() + ".tmp");
        Files.writeString(tmp, replaceSection(old, section), StandardCharsets.UTF_8);
        Files.move(tmp, results, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** {@code text} with its section (from BEGIN to END) replaced by {@code section}, or appended. */
    public static String replaceSection(String text, String section) {
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            return text + (text.isEmpty() || text.endsWith("\n\n") ? "" : "\n") + section;
        }
        return text.substring(0, begin) + section + text.substring(end + END.length()).replaceFirst("^\n", "");
    }

    private String write(String verdicts, String peakKb, String command, String load, String commit) {
        line(BEGIN);
        line("## Deeplearning4j networks: GradientCheckUtil against gradcheck4j");
        line("");
        line("Written by `nd4j/bench.sh` on " + LocalDate.now() + " from the JMH runs of `Dl4jCheckBenchmark` listed"
                + " below (single shot: one whole check per operation; each size with the forks and iterations its"
                + " check time allows) and one run of `PlantedBugVerdicts`. ND4J's native ops run on one OpenMP thread"
                + " (`OMP_NUM_THREADS=1`) for both checkers. Networks of"
                + " `BenchNetworks` (input → tanh → custom softsign → softmax with MCXENT, batch of 16, double"
                + " precision, no-op updater), the same step ε = 1e-6 for both checkers. Errors are JMH's 99.9 %"
                + " intervals; a ratio's error combines its two scores' relative errors.");
        line("");
        line("- Measured at commit " + commit);
        line("- Commands: `" + command.replace("; ", "`; `") + "`");
        line("- Other work on the machine: " + load);
        line("- Peak resident memory of any JMH fork (a fork checks one network with one checker) and of the"
                + " `PlantedBugVerdicts` JVM (every check below, the exhaustive ones of 93,018 parameters included;"
                + " `/usr/bin/time -f %M`, -Xmx768m, JavaCPP maxbytes 768m, maxphysicalbytes 1800m): " + memory(peakKb));
        line("");
        targets(peakKb);
        times();
        line("### Verdicts and evaluations of J, one check each (`PlantedBugVerdicts`)");
        line("");
        line("| params | network | checker | outcome | ms |");
        line("| --- | --- | --- | --- | --- |");
        verdicts.lines().filter(l -> l.startsWith("| ")).forEach(this::line);
        line("");
        List<String> notes = verdicts.lines().map(String::strip).filter(l -> l.startsWith("localised:")).toList();
        if (!notes.isEmpty()) {
            line("The directional mode's localisation notes on the planted bug, in the order of the rows above:");
            line("");
            notes.forEach(n -> line("- " + n.substring("localised:".length()).strip()));
            line("");
        }
        line(END);
        return md.toString();
    }

    private void targets(String peakKb) {
        line("### Targets");
        line("");
        line("| target | measured | met |");
        line("| --- | --- | --- |");
        for (String p : sizes()) {
            Ratio r = Ratio.of(find("exhaustive", p), find("gradientCheckUtil", p));
            if (r != null) {
                line("| exhaustive / GradientCheckUtil ≤ 1.1, " + p + " | " + r + " | " + met(r.value() <= 1.1) + " |");
            }
        }
        Ratio speedUp = Ratio.of(find("gradientCheckUtil", "94000"), find("directional", "94000"));
        line("| GradientCheckUtil / directional ≥ 100, 94000 | " + (speedUp == null ? "not measured" : speedUp)
                + " | " + (speedUp == null ? "–" : met(speedUp.value() >= 100)) + " |");
        boolean measured = peakKb.matches("\\d+");
        line("| peak resident memory < 2 GB, every check up to 93,018 parameters | " + memory(peakKb) + " | "
                + (measured ? met(Long.parseLong(peakKb) * 1024 < 2_000_000_000L) : "–") + " |");
        line("");
    }

    private void times() {
        line("### Time of one check of the correct network (ms)");
        line("");
        line("| params | GradientCheckUtil | exhaustive | sampled | directional | exhaustive / GCU | GCU / directional |");
        line("| --- | --- | --- | --- | --- | --- | --- |");
        for (String p : sizes()) {
            Optional<Score> gcu = find("gradientCheckUtil", p);
            Optional<Score> exh = find("exhaustive", p);
            Optional<Score> dir = find("directional", p);
            line("| " + p + " | " + ms(gcu) + " | " + ms(exh) + " | " + ms(find("sampled", p)) + " | " + ms(dir)
                    + " | " + orDash(Ratio.of(exh, gcu)) + " | " + orDash(Ratio.of(gcu, dir)) + " |");
        }
        line("");
    }

    private List<String> sizes() {
        TreeSet<Integer> sizes = new TreeSet<>();
        scores.forEach(s -> sizes.add(Integer.parseInt(s.params())));
        return sizes.stream().map(String::valueOf).toList();
    }

    private Optional<Score> find(String method, String params) {
        return scores.stream().filter(s -> s.method().equals(method) && s.params().equals(params)).findFirst();
    }

    private static String ms(Optional<Score> s) {
        return s.map(x -> String.format(Locale.ROOT, "%,.0f ± %,.0f", x.score(), x.error())).orElse("–");
    }

    private static String memory(String peakKb) {
        return peakKb.matches("\\d+") ? String.format(Locale.ROOT, "%,d MiB (%,.2f GB)", Long.parseLong(peakKb) / 1024,
                Long.parseLong(peakKb) * 1024 / 1e9)
                : "not measured";
    }

    private static String orDash(Ratio r) {
        return r == null ? "–" : r.toString();
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }

    private void line(String s) {
        md.append(s).append('\n');
    }

    /** A ratio of two scores and its error. */
    record Ratio(double value, double error) {

        static Ratio of(Optional<Score> a, Optional<Score> b) {
            if (a.isEmpty() || b.isEmpty()) {
                return null;
            }
            double v = a.get().score() / b.get().score();
            double ra = relative(a.get());
            double rb = relative(b.get());
            return new Ratio(v, v * Math.sqrt(ra * ra + rb * rb));
        }

        private static double relative(Score s) {
            return Double.isFinite(s.error()) ? s.error() / s.score() : Double.NaN;
        }

        @Override
        public String toString() {
            return Double.isNaN(error) ? String.format(Locale.ROOT, "%.2f (no error estimate: too few iterations)", value)
                    : String.format(Locale.ROOT, value >= 10 ? "%.0f ± %.0f" : "%.2f ± %.2f", value, error);
        }
    }

    /** One JMH score: the benchmark method, its {@code params} value, the score and its error in ms. */
    record Score(String method, String params, double score, double error) {

        static List<Score> read(String json) {
            List<Score> out = new ArrayList<>();
            for (JsonElement element : JsonParser.parseString(json).getAsJsonArray()) {
                JsonObject run = element.getAsJsonObject();
                String benchmark = run.get("benchmark").getAsString();
                String method = benchmark.substring(benchmark.indexOf(BENCH) + BENCH.length());
                JsonObject primary = run.getAsJsonObject("primaryMetric");
                out.add(new Score(method, run.getAsJsonObject("params").get("params").getAsString(),
                        primary.get("score").getAsDouble(), number(primary.get("scoreError"))));
            }
            return out;
        }

        private static double number(JsonElement e) {
            try {
                return e.getAsDouble();
            } catch (RuntimeException notANumber) {
                return Double.NaN;
            }
        }
    }
}
