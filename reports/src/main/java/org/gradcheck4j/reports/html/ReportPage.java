package org.gradcheck4j.reports.html;

import java.util.List;

/** A report's content with its summary rows. */
record ReportPage(ReportContent content, List<GroupRow> rows) {
}
