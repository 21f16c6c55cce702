package org.gradcheck4j.reports.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gradcheck4j.reports.coverage.Coverage;
import org.gradcheck4j.reports.coverage.CoverageEntry;
import org.gradcheck4j.reports.model.CheckRecord;
import org.gradcheck4j.reports.model.Verdicts;

/** What the template shows at the top of the page: counts, layers × verdicts, configuration. */
record SummaryView(String title, String generated, String runs, String checkCount, List<Count> counts,
                   List<String> columns, List<LayerRow> layerRows, List<CheckView.Fact> config,
                   List<Row> rows, List<CheckView> checks, String shown, CoverageView coverage, List<String> problems, boolean hasProblems,
                   String dataJson) {

    record Count(String verdict, String css, int count) {
    }

    /** A line of the table of checks; only detailed checks have a section to link to. */
    record Row(int number, String anchor, boolean detailed, String verdict, String css, String layer,
               String simpleName, String label, String testName, String error) {

        static Row of(int number, CheckRecord c, boolean detailed) {
            return new Row(number, "check-" + number, detailed, c.verdict(), Verdicts.cssClass(c.verdict()), c.layer(),
                    c.layerSimpleName(), c.label(), c.testName(), Numbers.format(c.relativeError()));
        }
    }

    record Cell(int count, String css) {
    }

    record LayerRow(String layer, String simpleName, List<Cell> cells, String worst, String css) {
    }

    record CoverageView(boolean known, String roots, int scannedClasses, int layers, List<CoverageEntry> unchecked,
                        boolean hasUnchecked, List<CoverageEntry> notExercised, boolean hasNotExercised) {
    }

    private static final int MAX_LISTED = 12;
    private static final String NO_VERDICT = "no numeric verdict";

    static SummaryView of(ReportContent content, String generated, List<Row> rows, List<CheckView> checks,
                          String dataJson) {
        List<CheckRecord> all = content.checks();
        List<String> verdicts = all.stream().map(CheckRecord::verdict)
                .collect(Collectors.toCollection(() -> new TreeSet<>(
                        java.util.Comparator.comparingInt(Verdicts::rank).thenComparing(Function.identity()))))
                .stream().toList();
        Map<String, Long> totals = all.stream().collect(Collectors.groupingBy(CheckRecord::verdict, Collectors.counting()));
        List<Count> counts = verdicts.stream()
                .map(v -> new Count(v, Verdicts.cssClass(v), totals.get(v).intValue())).toList();
        List<String> columns = verdicts.stream().map(SummaryView::column).distinct().toList();
        Coverage cov = content.coverage();
        CoverageView coverage = new CoverageView(cov.known(), String.join(", ", cov.roots()), cov.scannedClasses(),
                cov.layers(), cov.unchecked(), !cov.unchecked().isEmpty(), cov.notExercised(),
                !cov.notExercised().isEmpty());
        String checkCount = all.size() + (all.size() == 1 ? " gradient check" : " gradient checks");
        return new SummaryView(content.title(), generated, distinct(all, CheckRecord::runId), checkCount, counts,
                columns, layerRows(all, columns), config(all), rows, checks, shown(all.size(), rows.size(), checks.size()),
                coverage, content.problems(),
                !content.problems().isEmpty(), dataJson);
    }

    private static List<LayerRow> layerRows(List<CheckRecord> all, List<String> columns) {
        Map<String, List<CheckRecord>> byLayer = new TreeMap<>(
                all.stream().collect(Collectors.groupingBy(CheckRecord::layer)));
        List<LayerRow> rows = new ArrayList<>();
        for (Map.Entry<String, List<CheckRecord>> e : byLayer.entrySet()) {
            Map<String, Long> n = e.getValue().stream()
                    .collect(Collectors.groupingBy(c -> column(c.verdict()), Collectors.counting()));
            List<Cell> cells = columns.stream().map(v -> {
                int count = n.getOrDefault(v, 0L).intValue();
                return new Cell(count, count == 0 ? "zero" : "");
            }).toList();
            String worst = e.getValue().stream().map(CheckRecord::verdict).max(
                    java.util.Comparator.comparingInt(Verdicts::rank)).orElse("");
            rows.add(new LayerRow(e.getKey(), e.getValue().get(0).layerSimpleName(), cells, worst,
                    Verdicts.cssClass(worst)));
        }
        rows.sort(java.util.Comparator.comparingInt((LayerRow r) -> Verdicts.rank(r.worst())).reversed());
        return rows;
    }

    private static String shown(int all, int rows, int detailed) {
        if (all == detailed) {
            return "";
        }
        return "This run has " + all + " checks: the table lists the " + rows + " worst, and the " + detailed
                + " worst have a section below. Every result is in the JSON files of the results directory.";
    }

    /** The column of the layers × verdicts table: each numeric verdict, and one for all the others. */
    private static String column(String verdict) {
        return Verdicts.rank(verdict) < Verdicts.NUMERIC.size() ? verdict : NO_VERDICT;
    }

    private static List<CheckView.Fact> config(List<CheckRecord> all) {
        List<CheckView.Fact> facts = new ArrayList<>();
        facts.add(new CheckView.Fact("thresholds (pass · warn · fail)", distinct(all, c -> Numbers.format(c.thresholds().pass())
                + " · " + Numbers.format(c.thresholds().warn()) + " · " + Numbers.format(c.thresholds().fail()))));
        facts.add(new CheckView.Fact("ε", distinct(all, c -> Numbers.format(c.epsilon()))));
        facts.add(new CheckView.Fact("seeds", distinct(all, c -> String.valueOf(c.seed()))));
        facts.add(new CheckView.Fact("training steps", distinct(all, c -> String.valueOf(c.trainingSteps()))));
        facts.add(new CheckView.Fact("layers", String.valueOf(all.stream().map(CheckRecord::layer).distinct().count())));
        return facts;
    }

    private static String distinct(List<CheckRecord> all, Function<CheckRecord, String> key) {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        all.forEach(c -> seen.put(key.apply(c), true));
        List<String> values = new ArrayList<>(seen.keySet());
        if (values.isEmpty()) {
            return "none";
        }
        String shown = String.join(", ", values.subList(0, Math.min(MAX_LISTED, values.size())));
        return values.size() > MAX_LISTED ? shown + " and " + (values.size() - MAX_LISTED) + " more" : shown;
    }
}
