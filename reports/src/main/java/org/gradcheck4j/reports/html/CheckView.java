package org.gradcheck4j.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.stream.Collectors;
import org.gradcheck4j.ComponentResult;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Hint;
import org.gradcheck4j.Note;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.results.RecordedCheck;
import org.gradcheck4j.results.ResultsJson;
import org.gradcheck4j.reports.source.SourceSnippet;

/**
 * What the template shows of one check that did not pass cleanly; every string is escaped by the
 * template. A planted bug that failed as expected gets a short section (no heat maps, sweep or
 * source); everything else gets all of it.
 */
record CheckView(int number, String anchor, String layer, String simpleName, String label, String verdict, String css,
                 boolean expected, String error, String testName, List<Fact> facts, List<String> diagnosis,
                 List<String> cause, List<Hint> hints, boolean hasHints, List<String> notes, boolean hasNotes, boolean hasTensors, ErrorChart chart,
                 List<HeatMap> heatMaps, boolean hasHeatMaps, List<Worst> worst, boolean hasWorst,
                 List<SweepChart> sweep, List<SourceView> source, List<String> reproduce, List<String> command) {

    record Fact(String name, String value) {
    }

    record Worst(String name, String analytic, String numeric, String error, boolean kink, boolean unjudged) {
    }

    record SourceView(String file, String method, String fields, boolean hasFields, String note,
                      List<org.gradcheck4j.reports.source.SourceLine> lines) {
    }

    private static final Pattern TEST_CLASS = Pattern.compile("\\[(?:class|nested-class):([^\\]]+)]");
    private static final Pattern TEST_METHOD =
            Pattern.compile("\\[(?:method|test-template|test-factory|property):([^(\\]]+)");

    static CheckView of(int number, RecordedCheck rc, List<SourceSnippet> snippets) {
        boolean expected = Expectations.expectedFailure(rc);
        if (rc.result().isEmpty()) {
            return new CheckView(number, "check-" + number, rc.layer(), simpleName(rc.layer()), "",
                    VerdictStyle.CONFIGURATION_ERROR, "error", false, "", rc.testName(), List.of(new Fact("layer",
                    rc.layer())), List.of(rc.configurationError()), List.of(), List.of(), false, List.of(), false,
                    false, null, List.of(), false, List.of(), false, List.of(), List.of(), reproduce(rc), command(rc));
        }
        GradCheckResult c = rc.result().get();
        Set<String> unjudged = c.notes().stream().filter(n -> n.kind() == Note.Kind.UNRESOLVED)
                .flatMap(n -> n.subjects().stream()).collect(Collectors.toSet());
        List<HeatMap> heatMaps = expected ? List.of() : c.tensors().stream()
                .filter(t -> t.size() > 1 && (t.verdict() != Verdict.PASS || c.verdict() == Verdict.PASS))
                .map(t -> HeatMap.of(t, c.thresholds(), unjudged)).toList();
        List<Worst> worst = new ArrayList<>();
        for (TensorResult t : c.tensors()) {
            if (t.verdict() != Verdict.PASS || c.verdict() != Verdict.PASS) {
                for (ComponentResult w : t.worst().subList(0, Math.min(5, t.worst().size()))) {
                    worst.add(new Worst(w.name(), Numbers.format(w.analytic()), Numbers.format(w.numeric()),
                            Numbers.format(w.relativeError()), w.kink(), unjudged.contains(w.name())));
                }
            }
        }
        List<String> notes = c.notes().stream().map(Note::text).toList();
        return new CheckView(number, "check-" + number, c.layer(), simpleName(c.layer()), c.label(), c.verdict().name(),
                VerdictStyle.css(c.verdict()), expected, Numbers.format(c.relativeError()),
                rc.testName(), facts(rc, c), nonEmpty(c.diagnosis()), c.cause().map(ResultsJson::trace).stream().toList(),
                c.hints(), !c.hints().isEmpty(), notes, !notes.isEmpty(),
                !c.tensors().isEmpty(), ErrorChart.of(c), heatMaps, !heatMaps.isEmpty(), worst, !worst.isEmpty(),
                c.epsilonSweep().isEmpty() || expected ? List.of() : List.of(SweepChart.of(c)),
                expected ? List.of() : snippets.stream().map(CheckView::source).toList(), reproduce(rc), command(rc));
    }

    /** The class name without its package, nested classes joined by a dot. */
    static String simpleName(String layer) {
        return layer.substring(layer.lastIndexOf('.') + 1).replace('$', '.');
    }



    private static SourceView source(SourceSnippet s) {
        return new SourceView(s.file(), s.method(), String.join(", ", s.gradFields()), !s.gradFields().isEmpty(),
                s.note(), s.lines());
    }

    private static List<Fact> facts(RecordedCheck rc, GradCheckResult c) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("layer", c.layer()));
        if (!rc.testName().isEmpty()) {
            facts.add(new Fact("test", rc.testName()));
        }
        facts.add(new Fact("thresholds", "pass " + Numbers.format(c.thresholds().pass()) + " · warn "
                + Numbers.format(c.thresholds().warn()) + " · fail " + Numbers.format(c.thresholds().fail())));
        facts.add(new Fact("ε", Numbers.format(c.epsilon())));
        facts.add(new Fact("mode", c.mode().name().toLowerCase(java.util.Locale.ROOT)));
        facts.add(new Fact("seed", String.valueOf(c.seed())));
        facts.add(new Fact("training steps", String.valueOf(c.trainingSteps())));
        facts.add(new Fact("cost evaluations", evaluations(c)));
        return facts;
    }

    /** The evaluations of J, and how many of them went to re-examination when any did. */
    static String evaluations(GradCheckResult c) {
        String total = String.valueOf(c.evaluations());
        return c.reexaminationEvaluations() == 0 ? total
                : total + " (" + c.reexaminationEvaluations() + " of them re-examining disagreements)";
    }

    private static List<String> reproduce(RecordedCheck rc) {
        List<String> lines = new ArrayList<>();
        if (!rc.testName().isEmpty()) {
            lines.add("Run the test \"" + rc.testName() + "\" again" + (rc.testId().isEmpty() ? "" : " (" + rc.testId() + ")") + ".");
        }
        if (rc.result().isEmpty()) {
            return lines;
        }
        GradCheckResult c = rc.result().get();
        String dims = c.tensors().stream().map(t -> t.name() + " " + t.shape().stream().map(String::valueOf)
                .reduce((a, b) -> a + "×" + b).orElse("scalar")).reduce((a, b) -> a + ", " + b).orElse("none");
        lines.add("Dimensions: " + dims + ".");
        lines.add("In code: GradCheck.of(layer).input(…).seed(" + c.seed() + ").epsilon(" + c.epsilon() + ")"
                + (c.trainingSteps() > 0 ? ".train(" + c.trainingSteps() + ")" : "") + ".run()");
        return lines;
    }

    /** A Maven command that reruns the test, when the JUnit unique id names its class and method. */
    static List<String> command(RecordedCheck c) {
        Matcher cls = TEST_CLASS.matcher(c.testId());
        String className = null;
        while (cls.find()) {
            String found = cls.group(1);
            className = className == null ? found.substring(found.lastIndexOf('.') + 1) : className + "$" + found;
        }
        Matcher method = TEST_METHOD.matcher(c.testId());
        if (className == null) {
            return List.of();
        }
        String selector = method.find() ? className + "#" + method.group(1) : className;
        return List.of("mvn -Dtest='" + selector + "' -Dsurefire.failIfNoSpecifiedTests=false test");
    }

    private static List<String> nonEmpty(String s) {
        return s.isBlank() ? List.of() : List.of(s);
    }
}
