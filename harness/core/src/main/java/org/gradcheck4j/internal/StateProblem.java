package org.gradcheck4j.internal;

import org.gradcheck4j.Verdict;

/** A layer misbehaved in a way that makes its gradient uncheckable; carries the verdict. */
final class StateProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Verdict verdict;

    StateProblem(Verdict verdict, String message) {
        super(message);
        this.verdict = verdict;
    }

    Verdict verdict() {
        return verdict;
    }
}
