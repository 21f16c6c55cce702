package org.gradcheck4j.reports.coverage;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * A class that the coverage scan points out.
 *
 * @param className the class's binary name
 * @param file its source file relative to its source root
 * @param line the line of its declaration
 * @param reason why it is listed
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public record CoverageEntry(String className, String file, int line, String reason) {
}
