package org.gradcheck4j.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradcheck4j.reports.model.CheckRecord;
import org.gradcheck4j.reports.model.ComponentRecord;
import org.gradcheck4j.reports.model.HintRecord;
import org.gradcheck4j.reports.model.TensorRecord;
import org.gradcheck4j.reports.model.Verdicts;
import org.gradcheck4j.reports.source.SourceSnippet;

/** What the template shows of one check; every string is escaped by the template. */
record CheckView(int number, String anchor, String layer, String simpleName, String label, String verdict, String css,
                 boolean open, String error, String testName, List<Fact> facts, List<String> diagnosis,
                 List<String> cause, List<HintRecord> hints, boolean hasHints, List<String> notes, boolean hasNotes, boolean hasTensors, ErrorChart chart,
                 List<HeatMap> heatMaps, boolean hasHeatMaps, List<Worst> worst, boolean hasWorst,
                 List<SweepChart> sweep, List<SourceView> source, List<String> reproduce, List<String> command) {

    record Fact(String name, String value) {
    }

    record Worst(String name, String analytic, String numeric, String error, boolean kink) {
    }

    record SourceView(String file, String method, String fields, boolean hasFields, String note,
                      List<org.gradcheck4j.reports.source.SourceLine> lines) {
    }

    private static final Pattern TEST_CLASS = Pattern.compile("\\[(?:class|nested-class):([^\\]]+)]");
    private static final Pattern TEST_METHOD =
            Pattern.compile("\\[(?:method|test-template|test-factory|property):([^(\\]]+)");

    static CheckView of(int number, CheckRecord c, Optional<SourceSnippet> snippet) {
        List<HeatMap> heatMaps = c.tensors().stream().filter(t -> t.analytic().size() > 1)
                .map(t -> HeatMap.of(t, c.thresholds())).toList();
        List<Worst> worst = new ArrayList<>();
        for (TensorRecord t : c.tensors()) {
            if (Verdicts.rank(t.verdict()) > 0 || Verdicts.rank(c.verdict()) > 0) {
                for (ComponentRecord w : t.worst().subList(0, Math.min(5, t.worst().size()))) {
                    worst.add(new Worst(w.name(), Numbers.format(w.analytic()), Numbers.format(w.numeric()),
                            Numbers.format(w.relativeError()), w.kink()));
                }
            }
        }
        return new CheckView(number, "check-" + number, c.layer(), c.layerSimpleName(), c.label(), c.verdict(),
                Verdicts.cssClass(c.verdict()), !c.verdict().equals("PASS"), Numbers.format(c.relativeError()),
                c.testName(), facts(c), nonEmpty(c.diagnosis()), nonEmpty(c.cause()), c.hints(), !c.hints().isEmpty(), c.notes(), !c.notes().isEmpty(),
                !c.tensors().isEmpty(), ErrorChart.of(c), heatMaps, !heatMaps.isEmpty(), worst, !worst.isEmpty(),
                c.sweep().isEmpty() ? List.of() : List.of(SweepChart.of(c)),
                snippet.map(CheckView::source).stream().toList(), reproduce(c), command(c));
    }

    private static SourceView source(SourceSnippet s) {
        return new SourceView(s.file(), s.method(), String.join(", ", s.gradFields()), !s.gradFields().isEmpty(),
                s.note(), s.lines());
    }

    private static List<Fact> facts(CheckRecord c) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("layer", c.layer()));
        if (!c.testName().isEmpty()) {
            facts.add(new Fact("test", c.testName()));
        }
        facts.add(new Fact("thresholds", "pass " + Numbers.format(c.thresholds().pass()) + " · warn "
                + Numbers.format(c.thresholds().warn()) + " · fail " + Numbers.format(c.thresholds().fail())));
        facts.add(new Fact("ε", Numbers.format(c.epsilon())));
        if (!c.mode().isEmpty()) {
            facts.add(new Fact("mode", c.mode().toLowerCase(java.util.Locale.ROOT)));
        }
        facts.add(new Fact("seed", String.valueOf(c.seed())));
        facts.add(new Fact("training steps", String.valueOf(c.trainingSteps())));
        facts.add(new Fact("cost evaluations", String.valueOf(c.evaluations())));
        return facts;
    }

    private static List<String> reproduce(CheckRecord c) {
        List<String> lines = new ArrayList<>();
        if (!c.testName().isEmpty()) {
            lines.add("Run the test \"" + c.testName() + "\" again" + (c.testId().isEmpty() ? "" : " (" + c.testId() + ")") + ".");
        }
        String dims = c.tensors().stream().map(t -> t.name() + " " + t.shape().stream().map(String::valueOf)
                .reduce((a, b) -> a + "×" + b).orElse("scalar")).reduce((a, b) -> a + ", " + b).orElse("none");
        lines.add("Dimensions: " + dims + ".");
        lines.add("In code: GradCheck.of(layer).input(…).seed(" + c.seed() + ").epsilon(" + c.epsilon() + ")"
                + (c.trainingSteps() > 0 ? ".train(" + c.trainingSteps() + ")" : "") + ".run()");
        return lines;
    }

    /** A Maven command that reruns the test, when the JUnit unique id names its class and method. */
    static List<String> command(CheckRecord c) {
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
