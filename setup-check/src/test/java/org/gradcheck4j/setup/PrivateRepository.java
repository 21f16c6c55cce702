package org.gradcheck4j.setup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A local Maven repository under {@code target/} that holds this build's artifacts, laid out as
 * {@code mvn install} would, so that inner builds never read or write the shared {@code ~/.m2}
 * for gradcheck4j. Everything else comes from the outer build's local repository, read as a
 * {@code file://} remote (then Maven Central for what the outer build never needed).
 */
final class PrivateRepository {

    /** A reactor artifact: its id, its module directory, and whether it has a jar. */
    private record Artifact(String id, String module, boolean jar) {
    }

    private static final List<Artifact> ARTIFACTS = List.of(
            new Artifact("gradcheck4j-parent", ".", false),
            new Artifact("gradcheck4j-harness-parent", "harness", false),
            new Artifact("gradcheck4j-annotations", "harness/annotations", true),
            new Artifact("gradcheck4j-harness", "harness/core", true),
            new Artifact("gradcheck4j-reports", "reports", true));

    private final Path directory;

    private PrivateRepository(Path directory) {
        this.directory = directory;
    }

    /** Installs the reactor's packaged artifacts of {@code version} into {@code directory}. */
    static PrivateRepository install(Path root, String version, Path directory) throws IOException {
        for (Artifact a : ARTIFACTS) {
            Path module = root.resolve(a.module());
            Path target = directory.resolve("org/gradcheck4j").resolve(a.id()).resolve(version);
            Files.createDirectories(target);
            String base = a.id() + "-" + version;
            Path reduced = module.resolve("dependency-reduced-pom.xml");
            copy(Files.exists(reduced) ? reduced : module.resolve("pom.xml"), target.resolve(base + ".pom"));
            if (a.jar()) {
                copy(module.resolve("target").resolve(base + ".jar"), target.resolve(base + ".jar"));
            }
        }
        return new PrivateRepository(directory);
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.isRegularFile(from)) {
            throw new IllegalStateException(from + " is missing: run the reactor through `package` first "
                    + "(`mvn -B -ntp verify` does)");
        }
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    Path directory() {
        return directory;
    }

    /** A settings.xml whose first remote is {@code outer}, a local repository read as a remote. */
    Path writeSettings(Path outer, Path file) throws IOException {
        String repository = """
                <id>outer-local</id>
                <url>%s</url>
                <releases><checksumPolicy>ignore</checksumPolicy></releases>
                <snapshots><enabled>false</enabled></snapshots>
                """.formatted(outer.toUri());
        String settings = "<settings><profiles><profile><id>outer</id>\n"
                + "<repositories><repository>\n" + repository + "</repository></repositories>\n"
                + "<pluginRepositories><pluginRepository>\n" + repository + "</pluginRepository></pluginRepositories>\n"
                + "</profile></profiles><activeProfiles><activeProfile>outer</activeProfile></activeProfiles></settings>\n";
        Files.writeString(file, settings);
        return file;
    }
}
