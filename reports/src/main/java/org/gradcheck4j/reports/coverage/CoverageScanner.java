package org.gradcheck4j.reports.coverage;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.gradcheck4j.reports.source.JavaSources;

/**
 * Scans source roots with JavaParser for layer-like classes: concrete classes with a method
 * annotated {@code @Forward} or {@code @Backward}, or with methods named {@code forward} or
 * {@code backward}.
 *
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public final class CoverageScanner {

    /** Files beyond this many are not scanned, to keep the report quick on huge source trees. */
    static final int MAX_FILES = 5_000;

    private final JavaParser parser = new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    /**
     * Scans {@code roots} and compares with the layers that were checked.
     *
     * @param roots source roots such as {@code src/main/java}; missing ones are ignored
     * @param checkedLayers binary names of the classes some check exercised
     * @return the coverage, {@link Coverage#unknown()} when no root exists
     */
    public Coverage scan(List<Path> roots, Collection<String> checkedLayers) {
        List<Path> existing = roots.stream().filter(Files::isDirectory).toList();
        if (existing.isEmpty()) {
            return Coverage.unknown();
        }
        List<ClassInfo> classes = new ArrayList<>();
        for (Path root : existing) {
            for (Path file : javaFiles(root)) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                parse(file).ifPresent(unit -> unit.findAll(ClassOrInterfaceDeclaration.class).stream()
                        .filter(t -> !t.isInterface() && !t.isLocalClassDeclaration())
                        .forEach(t -> classes.add(ClassInfo.of(t, relative))));
            }
        }
        Set<String> marked = inheritGradChecked(classes);
        Set<String> checked = Set.copyOf(checkedLayers);
        List<CoverageEntry> unchecked = new ArrayList<>();
        List<CoverageEntry> notExercised = new ArrayList<>();
        int layers = 0;
        for (ClassInfo c : classes) {
            boolean gradChecked = marked.contains(c.name());
            if (c.isAbstract() || (!gradChecked && c.layerReason().isEmpty())) {
                continue;
            }
            layers++;
            if (gradChecked && !checked.contains(c.name())) {
                notExercised.add(new CoverageEntry(c.name(), c.file(), c.line(),
                        (c.gradChecked() ? "@GradChecked" : "@GradChecked (inherited)") + ", but no check in this run used it"));
            } else if (!gradChecked) {
                unchecked.add(new CoverageEntry(c.name(), c.file(), c.line(), c.layerReason().get() + ", but no @GradChecked"));
            }
        }
        Comparator<CoverageEntry> byName = Comparator.comparing(CoverageEntry::className);
        unchecked.sort(byName);
        notExercised.sort(byName);
        return new Coverage(existing.stream().map(Path::toString).toList(), classes.size(), layers, unchecked,
                notExercised);
    }

    /** What the scan needs of one class. */
    private record ClassInfo(String name, String simpleName, Optional<String> superclass, boolean gradChecked,
                             Optional<String> layerReason, boolean isAbstract, String file, int line) {

        static ClassInfo of(ClassOrInterfaceDeclaration type, String file) {
            return new ClassInfo(JavaSources.binaryName(type), type.getNameAsString(),
                    type.getExtendedTypes().stream().findFirst().map(t -> t.getNameAsString()),
                    has(type.getAnnotations(), "GradChecked"), CoverageScanner.layerReason(type), type.isAbstract(), file,
                    type.getBegin().map(p -> p.line).orElse(0));
        }
    }

    /** The classes marked {@code @GradChecked} themselves or (it is {@code @Inherited}) through a superclass. */
    private static Set<String> inheritGradChecked(List<ClassInfo> classes) {
        Set<String> markedSimple = new java.util.HashSet<>();
        Set<String> marked = new java.util.HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (ClassInfo c : classes) {
                boolean isMarked = c.gradChecked() || c.superclass().filter(markedSimple::contains).isPresent();
                if (isMarked && marked.add(c.name())) {
                    markedSimple.add(c.simpleName());
                    changed = true;
                }
            }
        }
        return marked;
    }

    private static Optional<String> layerReason(ClassOrInterfaceDeclaration type) {
        for (MethodDeclaration m : type.getMethods()) {
            if (has(m.getAnnotations(), "Forward") || has(m.getAnnotations(), "Backward")) {
                return Optional.of("has @Forward/@Backward");
            }
        }
        boolean forward = !type.getMethodsByName("forward").isEmpty();
        boolean backward = !type.getMethodsByName("backward").isEmpty();
        return forward || backward
                ? Optional.of("has a method named " + (forward && backward ? "forward and backward" : forward ? "forward" : "backward"))
                : Optional.empty();
    }

    private static boolean has(List<AnnotationExpr> annotations, String simpleName) {
        return annotations.stream().map(AnnotationExpr::getNameAsString)
                .anyMatch(n -> n.equals(simpleName) || n.endsWith("." + simpleName));
    }

    private Optional<CompilationUnit> parse(Path file) {
        try {
            return parser.parse(Files.readString(file, StandardCharsets.UTF_8)).getResult();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f))
                    .sorted().limit(MAX_FILES).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan " + root, e);
        }
    }
}
