package com.example.readme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README.md shows exactly the code that is compiled and checked in this module. */
class ReadmeExampleTests {

    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();

    private static String body(String relative) throws IOException {
        String source = Files.readString(ROOT.resolve("consumer/src").resolve(relative));
        return source.substring(source.indexOf("\nimport ") + 1);
    }

    @Test
    void readmeShowsTheCompiledLayerAndTest() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertTrue(readme.contains(body("main/java/com/example/readme/Dense.java")), "README's Dense example");
        assertTrue(readme.contains(body("test/java/com/example/readme/DenseTest.java")), "README's DenseTest example");
    }
}
