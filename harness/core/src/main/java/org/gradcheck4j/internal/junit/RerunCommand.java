package org.gradcheck4j.internal.junit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Maven command that reruns one invocation of a gradient-check test: its module (with
 * {@code -pl}, when the test runs in a module of a larger build), its class and method, its seed
 * and its training steps. Internal.
 */
public final class RerunCommand {

    private RerunCommand() {
    }

    /**
     * The command for {@code method} of {@code testClass} with the configuration parameters
     * {@code parameters} ({@code gradcheck4j.seed=2}, …), for a test whose JVM runs in
     * {@code moduleDirectory} (Surefire's working directory).
     */
    public static String of(Class<?> testClass, String method, Path moduleDirectory, String... parameters) {
        String module = modulePath(moduleDirectory.toAbsolutePath().normalize());
        String className = testClass.getName().substring(testClass.getPackageName().isEmpty() ? 0
                : testClass.getPackageName().length() + 1);
        StringBuilder command = new StringBuilder("mvn test");
        if (!module.isEmpty()) {
            command.append(" -pl ").append(module).append(" -am -Dsurefire.failIfNoSpecifiedTests=false");
        }
        command.append(" -Dtest='").append(className).append('#').append(method).append('\'');
        for (String parameter : parameters) {
            command.append(" -D").append(parameter);
        }
        return command.toString();
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
