package org.gradcheck4j.internal.recording;

import java.util.Optional;

/** Prints the run id a JVM resolves on its own, for {@link ForkedReportTests}. */
public final class PrintRunIdMain {

    private PrintRunIdMain() {
    }

    public static void main(String[] args) {
        System.out.println(RunId.resolve(key -> Optional.empty()));
    }
}
