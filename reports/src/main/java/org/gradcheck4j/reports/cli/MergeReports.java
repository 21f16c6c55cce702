package org.gradcheck4j.reports.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradcheck4j.reports.ReportGenerator;
import org.gradcheck4j.results.RecordedCheck;
import org.gradcheck4j.results.ResultsDirectory;

/**
 * Merges the results of several modules, forked JVMs or CI shards into one HTML report.
 *
 * <pre>
 * java -cp gradcheck4j-reports.jar:... org.gradcheck4j.reports.cli.MergeReports \
 *     --out merged.html [--source DIR]... [--all-runs] RESULTS_DIR...
 * </pre>
 *
 * <p>Each results directory contributes the results of its latest run (the run of its newest
 * file) unless {@code --all-runs} is given; a result found twice (same id) counts once. Without
 * {@code --source}, a directory {@code M/target/gradcheck4j/results} contributes
 * {@code M/src/main/java} (snippets and coverage) and {@code M/src/test/java} (snippets) when they exist.
 *
 * @since 0.1.0
 */
public final class MergeReports {

    private static final String USAGE = "usage: MergeReports --out FILE [--source DIR]... [--all-runs] RESULTS_DIR...";

    private MergeReports() {
    }

    /** Runs the merge and exits with its status: 0 done, 1 failed, 2 wrong arguments. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the merge.
     *
     * @return 0 when the report was written, 1 when it could not be, 2 for wrong arguments
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path output = null;
        boolean allRuns = false;
        List<Path> sources = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out", "--source" -> {
                    if (i + 1 >= args.length) {
                        err.println(args[i] + " needs a value\n" + USAGE);
                        return 2;
                    }
                    Path value = Path.of(args[++i]);
                    if (args[i - 1].equals("--out")) {
                        output = value;
                    } else {
                        sources.add(value);
                    }
                }
                case "--all-runs" -> allRuns = true;
                default -> {
                    if (args[i].startsWith("--")) {
                        err.println("unknown option " + args[i] + "\n" + USAGE);
                        return 2;
                    }
                    dirs.add(Path.of(args[i]));
                }
            }
        }
        if (output == null || dirs.isEmpty()) {
            err.println((output == null ? "--out is required" : "no results directory given") + "\n" + USAGE);
            return 2;
        }
        return merge(output, dirs, sources, allRuns, out, err);
    }

    private static int merge(Path output, List<Path> dirs, List<Path> sources, boolean allRuns, PrintStream out,
                             PrintStream err) {
        List<String> problems = new ArrayList<>();
        Map<String, RecordedCheck> byId = new LinkedHashMap<>();
        List<Path> roots = new ArrayList<>(sources);
        List<Path> coverageRoots = new ArrayList<>(sources);
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                err.println("not a directory: " + dir);
                return 1;
            }
            List<RecordedCheck> all = new ResultsDirectory(dir).readAll(problems);
            (allRuns ? all : ResultsDirectory.ofLatestRun(all)).forEach(c -> byId.putIfAbsent(c.id(), c));
            if (sources.isEmpty()) {
                moduleSources(dir, "src/main/java").filter(r -> !roots.contains(r)).ifPresent(r -> {
                    roots.add(r);
                    coverageRoots.add(r);
                });
                moduleSources(dir, "src/test/java").filter(r -> !roots.contains(r)).ifPresent(roots::add);
            }
        }
        try {
            ReportGenerator.write(ReportGenerator.assemble(List.copyOf(byId.values()), roots, coverageRoots, problems), output);
        } catch (IOException e) {
            err.println("cannot write " + output + ": " + e.getMessage());
            return 1;
        }
        out.println("Wrote " + byId.size() + " checks from " + dirs.size() + (dirs.size() == 1 ? " directory" : " directories") + " to " + output
                + (problems.isEmpty() ? "" : " (" + problems.size() + " unreadable files)"));
        return 0;
    }

    /** {@code M/<root>} for {@code M/target/gradcheck4j/results}, when it exists. */
    static java.util.Optional<Path> moduleSources(Path resultsDir, String root) {
        Path module = resultsDir.toAbsolutePath().normalize();
        for (int i = 0; i < 3 && module != null; i++) {
            module = module.getParent();
        }
        return java.util.Optional.ofNullable(module).map(m -> m.resolve(root)).filter(Files::isDirectory);
    }
}
