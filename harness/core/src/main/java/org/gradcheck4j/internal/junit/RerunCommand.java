package org.gradcheck4j.internal.junit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Maven command that reruns one invocation of a gradient-check test: its module (with
 * {@code -pl}, when the test runs in a module of a larger build), its class and method, its seed
 * and its training steps. Internal.
 */
final class RerunCommand {

    private RerunCommand() {
    }

    /**
     * The command for {@code method} of {@code testClass} at {@code seed} after {@code trainingSteps},
     * for a test whose JVM runs in {@code moduleDirectory} (Surefire's working directory).
     */
    static String of(Class<?> testClass, String method, long seed, int trainingSteps, Path moduleDirectory) {
        String module = modulePath(moduleDirectory.toAbsolutePath().normalize());
        String className = testClass.getName().substring(testClass.getPackageName().isEmpty() ? 0
                : testClass.getPackageName().length() + 1);
        return "mvn test" + (module.isEmpty() ? "" : " -pl " + module + " -am -Dsurefire.failIfNoSpecifiedTests=false")
                + " -Dtest='" + className + "#" + method + "' -Dgradcheck4j.seed=" + seed
                + " -Dgradcheck4j.trainingSteps=" + trainingSteps;
    }

    /** The path from the outermost directory with a pom.xml (the build's root) down to {@code dir}. */
    static String modulePath(Path dir) {
        Path root = dir;
        while (root.getParent() != null && Files.isRegularFile(root.getParent().resolve("pom.xml"))) {
            root = root.getParent();
        }
        return root.relativize(dir).toString().replace('\\', '/');
    }
}
