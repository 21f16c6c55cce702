package org.gradcheck4j.setup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a user's project from README: the setup block pasted into an empty {@code pom.xml}, the
 * example layer and its test, the same layer with a planted sign bug, a {@code @GradCheckTest} of
 * the layer, and a test that records which JUnit ran.
 */
final class UserProject {

    static final String SETUP = "## Use it in your project";
    static final String EXAMPLE = "## A complete small example";
    static final String SUREFIRE_NAMES = "### Names in Surefire's reports";
    /** The line of README's backward pass that the planted bug turns into {@code -=}. */
    static final String WEIGHT_GRADIENT = "dW[i][k] += dy[i][j] * x[k][j];";

    private static final Pattern DEPENDENCY = Pattern.compile("[ \\t]*<dependency>.*?</dependency>\\n", Pattern.DOTALL);
    private static final Pattern VERSION = Pattern.compile("<version>[^<]*</version>");

    private UserProject() {
    }

    static void write(Path dir, Markdown readme, Markdown junitDoc, Variant variant, String junit6) throws IOException {
        Files.createDirectories(dir.resolve("src/main/java"));
        Files.createDirectories(dir.resolve("src/test/java"));
        String setup = setup(readme.block(SETUP, "xml", 0), variant, junit6);
        if (variant.phrasedNames) {
            setup = withReporter(setup, junitDoc.block(SUREFIRE_NAMES, "xml", 0));
        }
        Files.writeString(dir.resolve("pom.xml"), pom(variant.module, setup));
        String layer = readme.block(EXAMPLE, "java", 0);
        String test = readme.block(EXAMPLE, "java", 1);
        Files.writeString(dir.resolve("src/main/java/Dense.java"), layer);
        Files.writeString(dir.resolve("src/test/java/DenseTest.java"), test);
        Files.writeString(dir.resolve("src/main/java/FlippedDense.java"), plantSignBug(layer));
        Files.writeString(dir.resolve("src/test/java/FlippedDenseTest.java"), test.replaceAll("\\bDense", "FlippedDense"));
        copyResource("DenseGradCheckTests.java", dir.resolve("src/test/java"));
        copyResource("JUnitVersionTest.java", dir.resolve("src/test/java"));
    }

    static String plantSignBug(String layer) {
        if (!layer.contains(WEIGHT_GRADIENT)) {
            throw new IllegalStateException("README's Dense no longer contains `" + WEIGHT_GRADIENT
                    + "`: update the planted bug of " + UserProject.class.getName());
        }
        return layer.replace(WEIGHT_GRADIENT, WEIGHT_GRADIENT.replace("+=", "-="))
                .replaceAll("\\bDense\\b", "FlippedDense");
    }

    /** README's setup block, with JUnit 6 in place of its JUnit version and/or its dependency first. */
    static String setup(String block, Variant variant, String junit6) {
        Matcher m = DEPENDENCY.matcher(block);
        String junit = null;
        while (m.find() && junit == null) {
            junit = m.group().contains("<artifactId>junit-jupiter</artifactId>") ? m.group() : null;
        }
        if (junit == null) {
            throw new IllegalStateException("README's setup block has no junit-jupiter dependency");
        }
        String chosen = variant.junit6 ? VERSION.matcher(junit).replaceFirst("<version>" + junit6 + "</version>") : junit;
        if (!variant.junitFirst) {
            return block.replace(junit, chosen);
        }
        return block.replace(junit, "").replaceFirst("<dependencies>\\n", "<dependencies>\n" + Matcher.quoteReplacement(chosen));
    }

    /** The setup with the children of docs' {@code <configuration>} added to Surefire's configuration. */
    static String withReporter(String setup, String configuration) {
        String inner = configuration.substring(configuration.indexOf('\n') + 1, configuration.lastIndexOf("</configuration>"));
        int surefire = setup.indexOf("<artifactId>maven-surefire-plugin</artifactId>");
        int at = setup.indexOf("<configuration>\n", surefire);
        if (surefire < 0 || at < 0) {
            throw new IllegalStateException("README's setup has no maven-surefire-plugin with a <configuration>");
        }
        at += "<configuration>\n".length();
        return setup.substring(0, at) + inner + setup.substring(at);
    }

    static String pom(String artifactId, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                <modelVersion>4.0.0</modelVersion>
                <groupId>com.example</groupId>
                <artifactId>%s</artifactId>
                <version>1.0</version>
                %s</project>
                """.formatted(artifactId, body);
    }

    private static void copyResource(String name, Path dir) throws IOException {
        try (InputStream in = UserProject.class.getResourceAsStream("/project/" + name)) {
            Files.writeString(dir.resolve(name), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
