package org.gradcheck4j.reports.coverage;

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
import org.gradcheck4j.reports.source.JavaSources;

/**
 * Scans source roots with JavaParser for layer-like classes: concrete classes with a method
 * annotated {@code @Forward} or {@code @Backward}, or with methods named {@code forward} or
 * {@code backward}.
 *
 * @since 0.1.0
 */
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
        Set<String> checked = Set.copyOf(checkedLayers);
        List<CoverageEntry> unchecked = new ArrayList<>();
        List<CoverageEntry> notExercised = new ArrayList<>();
        int[] counts = new int[2];
        for (Path root : existing) {
            for (Path file : javaFiles(root)) {
                parse(file).ifPresent(unit -> {
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    for (ClassOrInterfaceDeclaration type : unit.findAll(ClassOrInterfaceDeclaration.class)) {
                        if (type.isInterface() || type.isLocalClassDeclaration()) {
                            continue;
                        }
                        counts[0]++;
                        classify(type, relative, checked, unchecked, notExercised, counts);
                    }
                });
            }
        }
        Comparator<CoverageEntry> byName = Comparator.comparing(CoverageEntry::className);
        unchecked.sort(byName);
        notExercised.sort(byName);
        return new Coverage(existing.stream().map(Path::toString).toList(), counts[0], counts[1], unchecked,
                notExercised);
    }

    private static void classify(ClassOrInterfaceDeclaration type, String file, Set<String> checked,
                                 List<CoverageEntry> unchecked, List<CoverageEntry> notExercised, int[] counts) {
        String name = JavaSources.binaryName(type);
        int line = type.getBegin().map(p -> p.line).orElse(0);
        boolean gradChecked = has(type.getAnnotations(), "GradChecked");
        Optional<String> layerReason = layerReason(type);
        if (gradChecked || (layerReason.isPresent() && !type.isAbstract())) {
            counts[1]++;
        }
        if (gradChecked && !checked.contains(name) && !type.isAbstract()) {
            notExercised.add(new CoverageEntry(name, file, line, "@GradChecked, but no check in this run used it"));
        } else if (!gradChecked && layerReason.isPresent() && !type.isAbstract()) {
            unchecked.add(new CoverageEntry(name, file, line, layerReason.get() + ", but no @GradChecked"));
        }
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
