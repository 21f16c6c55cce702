package org.gradcheck4j;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;

/**
 * Whether a class lies in a package its artifact's {@code module-info} exports (unqualified). A class
 * whose artifact has no module descriptor counts as exported unless its package is {@code internal}.
 */
final class ExportedPackages extends DescribedPredicate<JavaClass> {

    static final ExportedPackages INSTANCE = new ExportedPackages();

    private final Map<Path, Optional<ModuleDescriptor>> descriptors = new ConcurrentHashMap<>();

    private ExportedPackages() {
        super("reside in a package that its module exports");
    }

    @Override
    public boolean test(JavaClass type) {
        Optional<ModuleDescriptor> descriptor = descriptorOf(type.reflect());
        return descriptor.map(d -> d.exports().stream()
                        .anyMatch(e -> !e.isQualified() && e.source().equals(type.getPackageName())))
                .orElse(!type.getPackageName().contains(".internal"));
    }

    private Optional<ModuleDescriptor> descriptorOf(Class<?> type) {
        if (type.getModule().isNamed()) {
            return Optional.of(type.getModule().getDescriptor());
        }
        try {
            Path root = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return descriptors.computeIfAbsent(root, ExportedPackages::read);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<ModuleDescriptor> read(Path root) {
        try {
            if (Files.isDirectory(root)) {
                Path file = root.resolve("module-info.class");
                if (!Files.exists(file)) {
                    return Optional.empty();
                }
                try (InputStream in = Files.newInputStream(file)) {
                    return Optional.of(ModuleDescriptor.read(in));
                }
            }
            try (JarFile jar = new JarFile(root.toFile())) {
                var entry = jar.getEntry("module-info.class");
                if (entry == null) {
                    return Optional.empty();
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    return Optional.of(ModuleDescriptor.read(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
