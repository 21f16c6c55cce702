package org.gradcheck4j.reports.html;

import org.gradcheck4j.results.RecordedCheck;

/**
 * Tells expected failures from real ones. A check whose label says {@code expected FAIL} (the
 * samples label planted bugs {@code planted bug, expected FAIL: <mistake> · seed=<n>}) is a
 * planted bug that a test asserts to fail: when it FAILs it is expected; when it does not, the
 * planted bug went uncaught, which is a real problem.
 */
final class Expectations {

    /** The words in a check's label that mark a planted bug. */
    static final String MARKER = "expected FAIL";

    private Expectations() {
    }

    /** Whether the label announces a failure. */
    static boolean announced(RecordedCheck check) {
        return check.announcesFailure();
    }

    /** A planted bug that was caught: announced and FAIL. */
    static boolean expectedFailure(RecordedCheck check) {
        return check.isExpectedFailure();
    }

    /** A check that needs a person: not clean, not an expected failure, or a planted bug not caught. */
    static boolean needsAttention(RecordedCheck check) {
        if (announced(check)) {
            return !expectedFailure(check);
        }
        return !VerdictStyle.clean(check);
    }
}
