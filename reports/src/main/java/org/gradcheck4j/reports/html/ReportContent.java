package org.gradcheck4j.reports.html;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gradcheck4j.reports.coverage.Coverage;
import org.gradcheck4j.reports.source.SourceSnippet;
import org.gradcheck4j.results.RecordedCheck;

/**
 * Everything a report shows.
 *
 * @param title the page title
 * @param generated when the report was made
 * @param checks the results, in any order (the report puts the worst first)
 * @param coverage the coverage scan, {@link Coverage#unknown()} without sources
 * @param sources the code behind a check's gradient (backward pass, its helpers, penalty or forward pass), keyed by {@link RecordedCheck#id()}
 * @param problems result files that could not be read, one line each
 * @since 0.1.0
 */
public record ReportContent(String title, Instant generated, List<RecordedCheck> checks, Coverage coverage,
                            Map<String, List<SourceSnippet>> sources, List<String> problems) {

    /** Copies the collections. */
    public ReportContent {
        checks = List.copyOf(checks);
        sources = Map.copyOf(sources);
        problems = List.copyOf(problems);
    }
}
