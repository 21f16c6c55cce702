/**
 * Result files and HTML reports of gradient checks. Exported: the report generator, the result
 * records and their JSON form; the HTML rendering, source location, coverage scan and command line are
 * internal.
 *
 * @since 0.1.0
 */
@SuppressWarnings("requires-automatic") // JavaParser has an Automatic-Module-Name but no descriptor
module org.gradcheck4j.reports {
    requires static org.apiguardian.api;
    requires com.google.gson;
    requires com.samskivert.jmustache;
    requires com.github.javaparser.core;

    exports org.gradcheck4j.reports;
    exports org.gradcheck4j.reports.json;
    exports org.gradcheck4j.reports.model;

    // Gson reads and writes the records; JMustache reads the views and records it renders
    opens org.gradcheck4j.reports.model to com.google.gson, com.samskivert.jmustache;
    opens org.gradcheck4j.reports.html to com.samskivert.jmustache;
    opens org.gradcheck4j.reports.source to com.samskivert.jmustache;
    opens org.gradcheck4j.reports.coverage to com.samskivert.jmustache;
}
