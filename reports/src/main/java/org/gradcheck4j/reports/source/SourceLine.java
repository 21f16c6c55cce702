package org.gradcheck4j.reports.source;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * One line of source code.
 *
 * @param number the 1-based line number in its file
 * @param text the line as written, without its line break
 * @param highlighted whether the line writes a gradient that failed
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public record SourceLine(int number, String text, boolean highlighted) {
}
