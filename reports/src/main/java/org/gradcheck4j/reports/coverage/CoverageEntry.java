package org.gradcheck4j.reports.coverage;

/**
 * A class that the coverage scan points out.
 *
 * @param className the class's binary name
 * @param file its source file relative to its source root
 * @param line the line of its declaration
 * @param reason why it is listed
 * @since 0.1.0
 */
public record CoverageEntry(String className, String file, int line, String reason) {
}
