package org.gradcheck4j.reports;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.gradcheck4j.internal.files.AtomicFiles;
import org.gradcheck4j.reports.coverage.Coverage;
import org.gradcheck4j.reports.coverage.CoverageScanner;
import org.gradcheck4j.reports.html.HtmlReport;
import org.gradcheck4j.reports.html.ReportContent;
import org.gradcheck4j.reports.source.SourceLocator;
import org.gradcheck4j.reports.source.SourceSnippet;
import org.gradcheck4j.results.RecordedCheck;

/**
 * Makes a report from results and sources: finds the code behind each check that did not pass,
 * scans coverage, renders the page and writes it atomically.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ReportGenerator {

    /** The report's title. */
    public static final String TITLE = "gradcheck4j report";

    private ReportGenerator() {
    }

    /**
     * Gathers what the report shows, with the same roots for source snippets and coverage.
     *
     * @param checks the checks of the run
     * @param sourceRoots roots such as {@code src/main/java}; may be empty
     * @param problems files that could not be read
     * @return the report's content, titled {@link #TITLE} and stamped with the current time
     */
    public static ReportContent assemble(List<RecordedCheck> checks, List<Path> sourceRoots, List<String> problems) {
        return assemble(checks, sourceRoots, sourceRoots, problems);
    }

    /**
     * Gathers what the report shows.
     *
     * @param checks the checks of the run
     * @param sourceRoots where to find the layers' code, e.g. {@code src/main/java} and
     *                    {@code src/test/java} (layers with planted bugs often live in tests); may be empty
     * @param coverageRoots the production sources whose layers should be checked, e.g. {@code src/main/java}
     * @param problems files that could not be read
     * @return the report's content, titled {@link #TITLE} and stamped with the current time
     */
    public static ReportContent assemble(List<RecordedCheck> checks, List<Path> sourceRoots, List<Path> coverageRoots,
                                         List<String> problems) {
        SourceLocator locator = new SourceLocator(sourceRoots);
        Map<String, List<SourceSnippet>> sources = new HashMap<>();
        for (RecordedCheck check : checks) {
            check.result().filter(r -> r.verdict() != org.gradcheck4j.Verdict.PASS)
                    .map(locator::locateAll).filter(s -> !s.isEmpty()).ifPresent(s -> sources.put(check.id(), s));
        }
        Set<String> layers = checks.stream().map(RecordedCheck::layer).collect(Collectors.toSet());
        Coverage coverage = new CoverageScanner().scan(coverageRoots, layers);
        return new ReportContent(TITLE, Instant.now(), checks, coverage, sources, problems);
    }

    /**
     * Renders {@code content} and writes it atomically to {@code out}.
     *
     * @param content what the report shows
     * @param out the HTML file to write or replace
     * @throws IOException if the file cannot be written
     */
    public static void write(ReportContent content, Path out) throws IOException {
        AtomicFiles.write(out, HtmlReport.render(content));
    }
}
