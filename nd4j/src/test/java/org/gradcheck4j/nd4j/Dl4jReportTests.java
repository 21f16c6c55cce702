package org.gradcheck4j.nd4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gradcheck4j.nd4j.bench.Dl4jReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DL4J section of benchmarks/RESULTS.md: ratios and targets from JMH JSON, the rest of the file kept. */
class Dl4jReportTests {

    @Test
    void writesRatiosAndTargetsAndKeepsTheRestOfTheFile(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("jmh.json");
        Files.writeString(json, "[" + String.join(",", run("gradientCheckUtil", "700", 3000, 300),
                run("exhaustive", "700", 3000, 300), run("gradientCheckUtil", "94000", 150000, "NaN"),
                run("directional", "94000", 1000, 10), run("exhaustive", "7000", 40000, 400),
                run("gradientCheckUtil", "7000", 30000, 300)) + "]");
        Path verdicts = dir.resolve("verdicts.md");
        Files.writeString(verdicts, "noise\n| 700 | planted bug | EXHAUSTIVE | FAIL [1_W], 1500 evaluations | 900 |\n    localised: W: spread\n");
        Path md = dir.resolve("RESULTS.md");
        Files.writeString(md, "# Benchmark results\nkept line\n\n" + Dl4jReport.BEGIN + "\nold section\n" + Dl4jReport.END + "\n");
        Dl4jReport.main(new String[] {json.toString(), verdicts.toString(), "2048000", md.toString(), "sh nd4j/bench.sh", "0.5", "abc1234"});
        String text = Files.readString(md);
        assertThat(text).startsWith("# Benchmark results\nkept line\n\n" + Dl4jReport.BEGIN).doesNotContain("old section")
                .endsWith(Dl4jReport.END + "\n")
                .contains("| exhaustive / GradientCheckUtil ≤ 1.1, 700 | 1.00 ± 0.14 | yes |")
                .contains("| exhaustive / GradientCheckUtil ≤ 1.1, 7000 | 1.33 ± 0.02 | **no** |")
                .contains("| GradientCheckUtil / directional ≥ 100, 94000 | 150.00 (no error estimate: too few iterations) | yes |")
                .contains("| 700 | planted bug | EXHAUSTIVE | FAIL [1_W], 1500 evaluations | 900 |")
                .doesNotContain("noise").contains("\n- W: spread\n").contains("| peak resident memory < 2 GB, every check up to 93,018 parameters | 2,000 MiB (2.10 GB) | **no** |").contains("- Measured at commit abc1234");
    }

    @Test
    void appendsTheSectionToAFileWithoutOne() {
        String text = Dl4jReport.replaceSection("# results\n", Dl4jReport.BEGIN + "\nnew\n" + Dl4jReport.END + "\n");
        assertThat(text).isEqualTo("# results\n\n" + Dl4jReport.BEGIN + "\nnew\n" + Dl4jReport.END + "\n");
    }

    private static String run(String method, String params, double score, Object error) {
        return "{ \"benchmark\" : \"org.gradcheck4j.nd4j.bench.Dl4jCheckBenchmark." + method + "\","
                + " \"params\" : { \"params\" : \"" + params + "\", \"plantedBug\" : \"false\" },"
                + " \"primaryMetric\" : { \"score\" : " + score + ", \"scoreError\" : \"" + error + "\", \"scoreUnit\" : \"ms/op\" } }";
    }
}
