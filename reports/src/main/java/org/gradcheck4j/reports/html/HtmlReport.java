package org.gradcheck4j.reports.html;

import com.google.gson.Gson;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gradcheck4j.results.RecordedCheck;

/**
 * Renders a report as one self-contained HTML page: inline CSS, SVG charts drawn here, nothing
 * fetched from the network. The templates (jmustache) escape every value, so strings from user
 * code (class and test names, exception messages, source lines) appear as text.
 *
 * <p>The page reads well with thousands of checks: one summary row per layer and test, with its
 * verdict counts and worst check; checks that need attention apart from planted bugs that failed
 * as expected; every check listed on demand from embedded data; and a detail section for every
 * check that did not pass cleanly, kept in an inert {@code <template>} until it is opened.
 *
 * @since 0.1.0
 */
public final class HtmlReport {

    private static final String TEMPLATES = "org/gradcheck4j/reports/html/";
    private static final Template PAGE = compiler().compile(load("report"));
    private static final Gson GSON = new Gson();

    private HtmlReport() {
    }

    /** The page for {@code content}. */
    public static String render(ReportContent content) {
        List<Groups.Group> groups = Groups.of(content.checks());
        Map<String, Integer> numbers = new HashMap<>();
        List<CheckView> details = new ArrayList<>();
        for (Groups.Group g : groups) {
            for (RecordedCheck c : g.checks()) {
                if (!VerdictStyle.clean(c) || Expectations.needsAttention(c)) {
                    int n = details.size() + 1;
                    numbers.put(c.id(), n);
                    details.add(CheckView.of(n, c, content.sources().getOrDefault(c.id(), List.of())));
                }
            }
        }
        List<GroupRow> rows = new ArrayList<>();
        List<List<List<Object>>> data = new ArrayList<>();
        for (Groups.Group g : groups) {
            rows.add(GroupRow.of(rows.size(), g, c -> numbers.getOrDefault(c.id(), 0)));
            data.add(g.checks().stream().map(c -> List.<Object>of(numbers.getOrDefault(c.id(), 0),
                    Expectations.expectedFailure(c) ? "expected FAIL" : VerdictStyle.name(c),
                    Expectations.expectedFailure(c) ? "expected" : VerdictStyle.css(c), Groups.within(c),
                    VerdictStyle.errorText(c))).toList());
        }
        String generated = DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(ZoneOffset.UTC)
                .format(content.generated().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)) + " UTC";
        String json = GSON.toJson(Map.of("groups", data)).replace("<", "\\u003c");
        return PAGE.execute(PageView.of(new ReportPage(content, rows), generated, details, json));
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
