package org.gradcheck4j.results;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An exception read back from a results file: the class name, message and stack trace (as text)
 * of the exception a layer threw. {@link #toString()} and {@link #printStackTrace()} show the
 * original's.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class RecordedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The original exception's class name. */
    private final String type;
    /** The original stack trace as printed, possibly cut. */
    private final String trace;

    /**
     * An exception as recorded.
     *
     * @param type the original exception's class name
     * @param message its message, empty when it had none
     * @param trace its stack trace as printed, possibly cut
     */
    public RecordedException(String type, String message, String trace) {
        super(message.isEmpty() ? null : message, null, false, false);
        this.type = Objects.requireNonNull(type, "type");
        this.trace = Objects.requireNonNull(trace, "trace");
    }

    /**
     * The original exception's class name.
     *
     * @return the class name, e.g. {@code java.lang.IllegalStateException}
     */
    public String type() {
        return type;
    }

    /**
     * The original stack trace as text.
     *
     * @return the stack trace as printed, possibly cut
     */
    public String trace() {
        return trace;
    }

    /** As the original's {@code toString()}: its class name and message. */
    @Override
    public String toString() {
        return getMessage() == null ? type : type + ": " + getMessage();
    }

    /** Prints the recorded stack trace. */
    @Override
    public void printStackTrace(PrintStream out) {
        out.println(trace);
    }

    /** Prints the recorded stack trace. */
    @Override
    public void printStackTrace(PrintWriter out) {
        out.println(trace);
    }
}
