package org.gradcheck4j.reports.coverage;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Which layers are gradient-checked: classes that look like layers but carry no
 * {@code @GradChecked}, and {@code @GradChecked} classes that no check of the run exercised.
 *
 * @param roots the source roots scanned (empty when there were none: coverage unknown)
 * @param scannedClasses how many classes were looked at
 * @param layers how many of them look like layers or carry {@code @GradChecked}
 * @param unchecked layers without {@code @GradChecked}
 * @param notExercised {@code @GradChecked} classes that no check exercised
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public record Coverage(List<String> roots, int scannedClasses, int layers, List<CoverageEntry> unchecked,
                       List<CoverageEntry> notExercised) {

    /** Copies the lists. */
    public Coverage {
        roots = List.copyOf(roots);
        unchecked = List.copyOf(unchecked);
        notExercised = List.copyOf(notExercised);
    }

    /** Coverage when no sources were available. */
    public static Coverage unknown() {
        return new Coverage(List.of(), 0, 0, List.of(), List.of());
    }

    /** Whether any source root was scanned. */
    public boolean known() {
        return !roots.isEmpty();
    }
}
