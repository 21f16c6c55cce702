package org.gradcheck4j.setup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The fenced code blocks of a Markdown file (README.md, docs/), found by the heading they follow. */
final class Markdown {

    private static final String FENCE = "```";

    private final String name;
    private final String text;

    private Markdown(String name, String text) {
        this.name = name;
        this.text = text;
    }

    static Markdown read(Path file) throws IOException {
        return new Markdown(file.getFileName().toString(), Files.readString(file));
    }

    /**
     * The {@code index}-th (from 0) block in {@code language} of the section that starts with the
     * heading line {@code heading}; fails when there is none, so a renamed section breaks the test.
     */
    String block(String heading, String language, int index) {
        int from = text.indexOf("\n" + heading + "\n");
        if (from < 0) {
            throw new IllegalStateException(name + " has no heading `" + heading + "`");
        }
        int sectionEnd = nextHeading(from + heading.length() + 2);
        int at = from;
        for (int i = 0; i <= index; i++) {
            at = text.indexOf("\n" + FENCE + language + "\n", at + 1);
            if (at < 0 || at > sectionEnd) {
                throw new IllegalStateException(name + " section `" + heading + "` has no " + language
                        + " block number " + (index + 1));
            }
        }
        int start = at + FENCE.length() + language.length() + 2;
        return text.substring(start, text.indexOf("\n" + FENCE + "\n", start) + 1);
    }

    private int nextHeading(int from) {
        int next = text.indexOf("\n## ", from);
        return next < 0 ? text.length() : next;
    }
}
