package org.gradcheck4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The public API never exposes an internal type, and every internal package says it is internal. */
class ArchitectureTests {

    private static final List<String> API_PACKAGES = List.of("org.gradcheck4j", "org.gradcheck4j.tensor",
            "org.gradcheck4j.junit", "org.gradcheck4j.generate", "org.gradcheck4j.results");

    private static List<Class<?>> mainClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(GradCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, ArchitectureTests.class.getClassLoader()));
            }
        }
        return classes;
    }

    @Test
    void publicApiSignaturesUseNoInternalType() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> c : mainClasses()) {
            if (!Modifier.isPublic(c.getModifiers()) || !API_PACKAGES.contains(c.getPackageName())) {
                continue;
            }
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
                    check(leaks, c, m.getName(), m.getGenericReturnType());
                    parameters(leaks, c, m);
                }
            }
            for (var k : c.getDeclaredConstructors()) {
                if (Modifier.isPublic(k.getModifiers())) {
                    parameters(leaks, c, k);
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers())) {
                    check(leaks, c, f.getName(), f.getGenericType());
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void everyInternalPackageIsDocumentedAsInternal() throws Exception {
        List<String> undocumented = new ArrayList<>();
        for (Class<?> c : mainClasses()) {
            String pkg = c.getPackageName();
            if (pkg.startsWith("org.gradcheck4j.internal") && !undocumented.contains(pkg)) {
                try {
                    Class.forName(pkg + ".package-info");
                } catch (ClassNotFoundException e) {
                    undocumented.add(pkg);
                }
            }
        }
        assertThat(undocumented).isEmpty();
    }

    private static void parameters(List<String> leaks, Class<?> c, Executable e) {
        for (Type t : e.getGenericParameterTypes()) {
            check(leaks, c, e.getName(), t);
        }
    }

    private static void check(List<String> leaks, Class<?> c, String member, Type type) {
        if (type.getTypeName().contains(".internal.")) {
            leaks.add(c.getName() + "." + member + " exposes " + type.getTypeName());
        }
    }
}
