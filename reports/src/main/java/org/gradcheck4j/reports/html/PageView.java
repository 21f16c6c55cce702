package org.gradcheck4j.reports.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gradcheck4j.reports.coverage.Coverage;
import org.gradcheck4j.reports.coverage.CoverageEntry;
import org.gradcheck4j.results.RecordedCheck;

/** What the page template shows: counts, groups of checks, configuration, coverage. */
record PageView(String title, String generated, String runs, String checkCount, List<Count> counts,
                boolean empty, List<GroupRow> attention, boolean hasAttention, List<GroupRow> groups,
                List<GroupRow> expected, boolean hasExpected, List<CheckView.Fact> config, List<CheckView> details,
                CoverageView coverage, List<String> problems, boolean hasProblems, String dataJson) {

    record Count(String verdict, String css, int count) {
    }

    record CoverageView(boolean known, String roots, int scannedClasses, int layers, List<CoverageEntry> unchecked,
                        boolean hasUnchecked, List<CoverageEntry> notExercised, boolean hasNotExercised) {
    }

    private static final int MAX_LISTED = 12;

    static PageView of(ReportPage page, String generated, List<CheckView> details, String dataJson) {
        List<RecordedCheck> all = page.content().checks();
        Coverage cov = page.content().coverage();
        CoverageView coverage = new CoverageView(cov.known(), String.join(", ", cov.roots()), cov.scannedClasses(),
                cov.layers(), cov.unchecked(), !cov.unchecked().isEmpty(), cov.notExercised(),
                !cov.notExercised().isEmpty());
        String checkCount = all.size() + (all.size() == 1 ? " gradient check" : " gradient checks");
        List<GroupRow> attention = page.rows().stream().filter(r -> r.attention() > 0).toList();
        List<GroupRow> expected = page.rows().stream().filter(r -> r.expected() > 0).toList();
        return new PageView(page.content().title(), generated, distinct(all, RecordedCheck::runId), checkCount,
                counts(all), all.isEmpty(), attention, !attention.isEmpty(), page.rows(), expected,
                !expected.isEmpty(), config(all), details, coverage, page.content().problems(),
                !page.content().problems().isEmpty(), dataJson);
    }

    private static List<Count> counts(List<RecordedCheck> all) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        all.stream().sorted(java.util.Comparator.comparingInt(VerdictStyle::rank)).forEach(c -> {
            String name = Expectations.expectedFailure(c) ? "expected FAIL" : VerdictStyle.name(c);
            counts.computeIfAbsent(name, k -> new int[1])[0]++;
        });
        List<Count> list = new ArrayList<>();
        counts.forEach((name, n) -> list.add(new Count(name, name.startsWith("expected") ? "expected"
                : name.equals(VerdictStyle.CONFIGURATION_ERROR) ? "error"
                : VerdictStyle.css(org.gradcheck4j.Verdict.valueOf(name)), n[0])));
        return list;
    }

    private static List<CheckView.Fact> config(List<RecordedCheck> all) {
        List<RecordedCheck> ran = all.stream().filter(c -> c.result().isPresent()).toList();
        List<CheckView.Fact> facts = new ArrayList<>();
        facts.add(new CheckView.Fact("thresholds (pass · warn · fail)", distinct(ran, c -> {
            var t = c.result().get().thresholds();
            return Numbers.format(t.pass()) + " · " + Numbers.format(t.warn()) + " · " + Numbers.format(t.fail());
        })));
        facts.add(new CheckView.Fact("ε", distinct(ran, c -> Numbers.format(c.result().get().epsilon()))));
        facts.add(new CheckView.Fact("seeds", distinct(ran, c -> String.valueOf(c.result().get().seed()))));
        facts.add(new CheckView.Fact("training steps", distinct(ran,
                c -> String.valueOf(c.result().get().trainingSteps()))));
        facts.add(new CheckView.Fact("layers", String.valueOf(all.stream().map(RecordedCheck::layer).distinct().count())));
        return facts;
    }

    private static String distinct(List<RecordedCheck> all, Function<RecordedCheck, String> key) {
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
