package org.gradcheck4j.generate;

import java.util.Map;
import org.gradcheck4j.internal.junit.RunConfiguration;

/**
 * The failure message of a property: the smallest failing case, the seed and the command that
 * replay it, its failure.
 */
final class PropertyFailure {

    private PropertyFailure() {
    }

    static String message(String method, int tryNumber, int tries, long seed, Shrinker.Outcome original,
                          Shrinker.Result shrunk, String rerun) {
        StringBuilder text = new StringBuilder();
        text.append(GradCheckPropertyExtension.ANNOTATION).append(' ').append(method).append(" failed on try ")
                .append(tryNumber).append(" of ").append(tries).append(" (seed=").append(seed).append(").\n");
        text.append("Smallest failing case (").append(shrunk.shrinks())
                .append(shrunk.shrinks() == 1 ? " shrink" : " shrinks")
                .append(" in ").append(shrunk.attempts()).append(" runs):\n");
        appendCase(text, shrunk.smallest().drawn().drawn());
        if (shrunk.shrinks() > 0) {
            text.append("Originally failing case:\n");
            appendCase(text, original.drawn().drawn());
        }
        text.append("Replay: configuration parameter ").append(RunConfiguration.SEED).append('=').append(seed)
                .append(": ").append(rerun).append('\n');
        text.append("Failure of the smallest case:\n");
        String cause = String.valueOf(shrunk.smallest().failure().getMessage());
        text.append("  ").append(cause.replace("\n", "\n  "));
        return text.toString();
    }

    private static void appendCase(StringBuilder text, Map<String, String> drawn) {
        drawn.forEach((name, value) -> text.append("  ").append(name).append(" = ").append(value).append('\n'));
    }
}
