package org.gradcheck4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gradcheck4j.CheckMode;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One call of every benchmark method at its smallest size: they run and measure what they claim. */
class BenchmarkSmokeTests {

    @Test
    void exhaustiveFloorAndNaiveAgreeOnTheSmallestLayer() {
        ExhaustiveBenchmark b = new ExhaustiveBenchmark();
        b.params = 100;
        b.setup();
        assertTrue(Double.isFinite(b.floor()));
        GradCheckResult result = b.exhaustive();
        assertEquals(Verdict.PASS, result.verdict(), result::message);
        assertEquals(CheckMode.EXHAUSTIVE, result.mode());
        long n = ExhaustiveBenchmark.components(100);
        assertEquals(n, result.tensors().stream().mapToLong(TensorResult::size).sum());
        assertTrue(result.evaluations() >= 2 * n && result.evaluations() < 2 * n + 20, "" + result.evaluations());
        double[] naive = b.naive();
        b.layer.forward(b.x);
        b.layer.backward(new double[][] {b.projection});
        double[][] dW = b.layer.gradientOfWeights();
        int d = dW.length;
        for (int i = 0; i < d * d; i++) {
            assertEquals(dW[i / d][i % d], naive[i], 1e-5, "naive dJ/dW component " + i);
        }
    }

    @Test
    void parallelAndDirectionalAtTheirSmallestSize() {
        ParallelBenchmark p = new ParallelBenchmark();
        p.params = 10_000;
        p.threads = 2;
        p.setup();
        GradCheckResult parallel = p.exhaustive();
        assertEquals(Verdict.PASS, parallel.verdict(), parallel::message);
        assertTrue(parallel.notes().stream().anyMatch(s -> s.text().contains("split over 2 threads")), parallel::message);

        DirectionalBenchmark d = new DirectionalBenchmark();
        d.params = 10_000;
        d.setup();
        GradCheckResult correct = d.directional();
        assertEquals(Verdict.PASS, correct.verdict(), correct::message);
        GradCheckResult planted = d.localise();
        assertEquals(Verdict.FAIL, planted.verdict(), planted::message);
        assertEquals("W[33,66]", planted.tensor("W").orElseThrow().worst().get(0).name(), planted::message);
    }

    @Test
    void networkBenchmarksRun() {
        NetworkBenchmark b = new NetworkBenchmark();
        b.setup();
        assertTrue(Double.isFinite(b.floor()));
        GradCheckResult directional = b.directional();
        assertEquals(Verdict.PASS, directional.verdict(), directional::message);
        assertEquals(CheckMode.DIRECTIONAL, directional.mode());
    }

    @Test
    void reportReadsJmhJsonWithNaNErrors() {
        String json = """
                [ { "benchmark" : "org.gradcheck4j.benchmarks.ExhaustiveBenchmark.floor",
                    "params" : { "params" : "100" },
                    "primaryMetric" : { "score" : 2.0, "scoreError" : "NaN", "scoreUnit" : "ms/op" },
                    "secondaryMetrics" : { "gc.alloc.rate.norm" : { "score" : 1000.0, "scoreUnit" : "B/op" } } },
                  { "benchmark" : "org.gradcheck4j.benchmarks.ExhaustiveBenchmark.exhaustive",
                    "params" : { "params" : "100" },
                    "primaryMetric" : { "score" : 2.2, "scoreError" : 0.1, "scoreUnit" : "ms/op" },
                    "secondaryMetrics" : { } } ]
                """;
        var scores = Report.Score.read(json);
        assertEquals(2, scores.size());
        assertTrue(Double.isNaN(scores.get(0).error()));
        assertEquals(1000.0, scores.get(0).alloc());
        assertEquals("ExhaustiveBenchmark.exhaustive", scores.get(1).name());
        assertEquals("100", scores.get(1).params().get("params"));
    }

    @Test
    void reportReadsTheAllocationKeyOfOldJmhAndRejectsMalformedJson() {
        String json = """
                [ { "benchmark" : "org.gradcheck4j.benchmarks.NetworkBenchmark.floor",
                    "primaryMetric" : { "score" : "3.5", "scoreError" : 0.25, "scoreUnit" : "ms/op" },
                    "secondaryMetrics" : { "\\u00b7gc.alloc.rate.norm" : { "score" : 64.0 } } } ]
                """;
        var score = Report.Score.read(json).get(0);
        assertEquals(new Report.Score("NetworkBenchmark.floor", Map.of(), 3.5, 0.25, "ms/op", 64.0), score);
        assertThrows(JsonParseException.class, () -> Report.Score.read("[ { \"benchmark\" : "));
    }

    @Test
    void reportTakesSeveralJsonFilesAsOneRun(@TempDir Path dir) throws IOException {
        Path small = dir.resolve("small.json");
        Path large = dir.resolve("large.json");
        Files.writeString(small, "[" + run("floor", "100", 2.0) + "," + run("exhaustive", "100", 2.2) + "]");
        Files.writeString(large, "[" + run("floor", "10000", 50.0) + "," + run("exhaustive", "10000", 60.0) + "]");
        Path md = dir.resolve("RESULTS.md");
        Report.main(new String[] {small + "," + large, md.toString(), "java -jar a; java -jar b", "load 1"});
        String text = Files.readString(md);
        assertTrue(text.contains("| exhaustive / floor ≤ 1.15, dense 100 | 1.10 | yes |"), text);
        assertTrue(text.contains("| exhaustive / floor ≤ 1.15, dense 10000 | 1.20 | **no** |"), text);
        assertTrue(text.contains("- Commands: `java -jar a`; `java -jar b`"), text);
    }

    @Test
    void reportKeepsTheSectionNd4jBenchWrites(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("r.json");
        Files.writeString(json, "[" + run("floor", "100", 2.0) + "," + run("exhaustive", "100", 2.2) + "]");
        Path md = dir.resolve("RESULTS.md");
        String kept = Report.KEPT_BEGIN + "\n## Deeplearning4j\n| 700 | 1.0 |\n" + Report.KEPT_END;
        Files.writeString(md, "# old results\n| stale | row |\n\n" + kept + "\n");
        Report.main(new String[] {json.toString(), md.toString(), "java -jar a", "load 1"});
        String text = Files.readString(md);
        assertTrue(text.endsWith(kept + "\n"), text);
        assertTrue(!text.contains("stale"), text);
        assertTrue(text.contains("| exhaustive / floor ≤ 1.15, dense 100 | 1.10 | yes |"), text);
        Files.writeString(md, "# results without the section\n");
        Report.main(new String[] {json.toString(), md.toString(), "java -jar a", "load 1"});
        assertTrue(!Files.readString(md).contains("dl4j-benchmark"), Files.readString(md));
    }

    private static String run(String benchmark, String params, double score) {
        return "{ \"benchmark\" : \"org.gradcheck4j.benchmarks.ExhaustiveBenchmark." + benchmark + "\","
                + " \"params\" : { \"params\" : \"" + params + "\" },"
                + " \"primaryMetric\" : { \"score\" : " + score + ", \"scoreError\" : 0.1, \"scoreUnit\" : \"ms/op\" } }";
    }
}
