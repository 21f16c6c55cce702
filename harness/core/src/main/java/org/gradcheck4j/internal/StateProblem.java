package org.gradcheck4j.internal;

import java.util.List;

import org.gradcheck4j.Verdict;

/** A layer misbehaved in a way that makes its gradient uncheckable; carries the verdict. */
final class StateProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Verdict verdict;
    private final transient List<String> fields;

    StateProblem(Verdict verdict, String message) {
        this(verdict, message, List.of());
    }

    /** A problem found in the layer's fields {@code fields} (named in a note of the result). */
    StateProblem(Verdict verdict, String message, List<String> fields) {
        super(message);
        this.verdict = verdict;
        this.fields = List.copyOf(fields);
    }

    /** The layer's fields the problem was found in; empty when none is known. */
    List<String> fields() {
        return fields;
    }

    Verdict verdict() {
        return verdict;
    }
}
