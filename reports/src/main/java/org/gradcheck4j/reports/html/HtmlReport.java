package org.gradcheck4j.reports.html;

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
import org.gradcheck4j.reports.json.ResultJson;
import org.gradcheck4j.reports.model.CheckRecord;
import org.gradcheck4j.reports.model.Verdicts;

/**
 * Renders a report as one self-contained HTML page: inline CSS, SVG charts drawn here, nothing
 * fetched from the network. The templates (jmustache) escape every value, so strings from user
 * code (class and test names, exception messages, source lines) appear as text.
 *
 * @since 0.1.0
 */
public final class HtmlReport {

    private static final String TEMPLATES = "org/gradcheck4j/reports/html/";
    private static final Template PAGE = compiler().compile(load("report"));

    private HtmlReport() {
    }

    /** The page for {@code content}. */
    public static String render(ReportContent content) {
        List<CheckRecord> ordered = worstFirst(content.checks());
        List<CheckView> checks = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            CheckRecord c = ordered.get(i);
            checks.add(CheckView.of(i + 1, c, Optional.ofNullable(content.sources().get(c.id()))));
        }
        String generated = DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(ZoneOffset.UTC)
                .format(content.generated().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)) + " UTC";
        return PAGE.execute(SummaryView.of(content, generated, checks, ResultJson.toEmbeddableJson(ordered)));
    }

    /** The checks ordered worst verdict first, then largest relative error first (NaN first). */
    static List<CheckRecord> worstFirst(List<CheckRecord> checks) {
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
        try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("template missing from the jar: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + path, e);
        }
    }
}
