package org.gradcheck4j.reports.source;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The backward pass of a layer as found in its source, with the lines that write the gradients of
 * failing tensors highlighted.
 *
 * @param file the source file, relative to its source root
 * @param method the method's name
 * @param gradFields the {@code @Grad} fields (or {@code return} for an input gradient) highlighted
 * @param lines the method's lines, annotations included
 * @param note a remark for the reader, e.g. that no direct write was found; empty when none
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public record SourceSnippet(String file, String method, List<String> gradFields, List<SourceLine> lines,
                            String note) {

    /** Copies the lists. */
    public SourceSnippet {
        gradFields = List.copyOf(gradFields);
        lines = List.copyOf(lines);
    }

    /** How many lines are highlighted. */
    public long highlightedCount() {
        return lines.stream().filter(SourceLine::highlighted).count();
    }
}
