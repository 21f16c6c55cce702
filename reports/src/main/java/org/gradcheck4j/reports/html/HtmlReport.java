package org.gradcheck4j.reports.html;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.gradcheck4j.reports.json.ResultJson;
import org.gradcheck4j.reports.model.CheckRecord;
import org.gradcheck4j.reports.model.TensorRecord;
import org.gradcheck4j.reports.model.Verdicts;

/**
 * Renders a report as one self-contained HTML page: inline CSS, SVG charts drawn here, nothing
 * fetched from the network. The templates (jmustache) escape every value, so strings from user
 * code (class and test names, exception messages, source lines) appear as text.
 *
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public final class HtmlReport {

    /** The worst checks that get a section of their own; a run can hold thousands of checks. */
    public static final int MAX_DETAILED = 100;
    /** The worst checks listed in the summary table. */
    public static final int MAX_ROWS = 500;
    private static final String TEMPLATES = "org/gradcheck4j/reports/html/";
    private static final Template PAGE = compiler().compile(load("report"));

    private HtmlReport() {
    }

    /** The page for {@code content}. */
    public static String render(ReportContent content) {
        List<CheckRecord> ordered = worstFirst(content.checks());
        List<CheckView> details = new ArrayList<>();
        List<SummaryView.Row> rows = new ArrayList<>();
        List<CheckRecord> embedded = new ArrayList<>();
        for (int i = 0; i < Math.min(ordered.size(), MAX_ROWS); i++) {
            CheckRecord c = ordered.get(i);
            boolean detailed = i < MAX_DETAILED;
            rows.add(SummaryView.Row.of(i + 1, c, detailed));
            if (detailed) {
                details.add(CheckView.of(i + 1, c, Optional.ofNullable(content.sources().get(c.id()))));
            }
            embedded.add(detailed ? c : withoutValues(c));
        }
        String generated = DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(ZoneOffset.UTC)
                .format(content.generated().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)) + " UTC";
        return PAGE.execute(SummaryView.of(content, generated, rows, details, ResultJson.toEmbeddableJson(embedded)));
    }

    /** The record without gradients, worst components and sweep, for checks listed but not detailed. */
    private static CheckRecord withoutValues(CheckRecord c) {
        List<TensorRecord> tensors = c.tensors().stream().map(t -> new TensorRecord(t.name(), t.kind(), t.shape(),
                t.size(), t.relativeError(), t.verdict(), List.of(), List.of(), List.of(), t.kinks(), t.checked()))
                .toList();
        return new CheckRecord(c.schema(), c.id(), c.runId(), c.timestamp(), c.layer(), c.label(), c.testId(),
                c.testName(), c.verdict(), c.relativeError(), c.thresholds(), c.epsilon(), c.seed(), c.trainingSteps(),
                c.evaluations(), c.diagnosis(), c.cause(), c.notes(), List.of(), tensors, c.hints(), c.mode());
    }

    /** The checks ordered worst verdict first, then largest relative error first (NaN first). */
    public static List<CheckRecord> worstFirst(List<CheckRecord> checks) {
        Comparator<CheckRecord> byVerdict = Comparator.comparingInt(c -> Verdicts.rank(c.verdict()));
        Comparator<CheckRecord> byError = Comparator.comparingDouble(
                c -> Double.isNaN(c.relativeError()) ? Double.POSITIVE_INFINITY : c.relativeError());
        return checks.stream().sorted(byVerdict.reversed().thenComparing(byError.reversed())
                .thenComparing(CheckRecord::layer).thenComparing(CheckRecord::label)).toList();
    }

    private static Mustache.Compiler compiler() {
        return Mustache.compiler().escapeHTML(true).withLoader(name -> new StringReader(load(name)));
    }

    private static String load(String name) {
        String path = TEMPLATES + name + ".mustache";
        try (InputStream in = HtmlReport.class.getResourceAsStream("/" + path)) { // works inside the module too
            if (in == null) {
                throw new IllegalStateException("template missing from the jar: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + path, e);
        }
    }
}
