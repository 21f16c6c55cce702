/**
 * The HTML report of gradient checks, rendered from the harness's result files at the end of a JUnit
 * run (a {@code ReportRenderer} service of the harness) or by the command line that merges results.
 * Exported: {@code org.gradcheck4j.reports}; the HTML rendering, source location, coverage scan and
 * command line are internal.
 *
 * @since 0.1.0
 */
@SuppressWarnings("requires-automatic") // JavaParser has an Automatic-Module-Name but no descriptor
module org.gradcheck4j.reports {
    requires static org.apiguardian.api;
    requires org.gradcheck4j.harness;
    requires com.google.gson;
    requires com.samskivert.jmustache;
    requires com.github.javaparser.core;

    exports org.gradcheck4j.reports;

    // JMustache reads the views and records it renders
    opens org.gradcheck4j.reports.html to com.samskivert.jmustache;
    opens org.gradcheck4j.reports.source to com.samskivert.jmustache;
    opens org.gradcheck4j.reports.coverage to com.samskivert.jmustache;

    provides org.gradcheck4j.internal.recording.ReportRenderer with org.gradcheck4j.reports.HtmlReportRenderer;
}
