package org.gradcheck4j.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.gradcheck4j.results.ResultsJson;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The packaged harness jar carries gson relocated under {@code org.gradcheck4j.internal.shaded.gson},
 * and the pom it is published with names no gson: a user of the harness sees no gson. Runs when the
 * reactor hands the reports the packaged jar (as in {@code mvn verify}); skips on bare classes.
 */
class HarnessJarTests {

    @Test
    void gsonIsShadedIntoTheHarnessAndLeftOutOfItsPom() throws IOException, URISyntaxException {
        Path harness = Path.of(ResultsJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Assumptions.assumeTrue(harness.toString().endsWith(".jar"), "the harness is not packaged in this build");
        try (JarFile jar = new JarFile(harness.toFile())) {
            assertTrue(jar.stream().anyMatch(e -> e.getName().equals("org/gradcheck4j/internal/shaded/gson/Gson.class")));
            assertFalse(jar.stream().anyMatch(e -> e.getName().startsWith("com/google/gson/")), "no unrelocated gson");
        }
        Path pom = harness.resolveSibling("dependency-reduced-pom.xml");
        if (Files.exists(pom)) {
            String text = Files.readString(pom);
            String dependencies = text.substring(text.indexOf("<dependencies>"), text.indexOf("</dependencies>"));
            assertFalse(dependencies.contains("gson"), "the published pom names no gson:\n" + dependencies);
            assertTrue(dependencies.contains("ejml-ddense"), "while it keeps the harness's other dependencies");
        }
    }
}
