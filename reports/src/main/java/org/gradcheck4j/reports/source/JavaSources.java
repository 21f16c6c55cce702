package org.gradcheck4j.reports.source;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Finds and parses Java source files under a set of source roots, caching each parsed file.
 *
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public final class JavaSources {

    /** A parsed file: where it is, its root, its text and its syntax tree. */
    record Parsed(Path root, Path file, List<String> lines, CompilationUnit unit) {

        String relativePath() {
            return root.relativize(file).toString().replace('\\', '/');
        }
    }

    private final List<Path> roots;
    private final Map<Path, Optional<Parsed>> cache = new HashMap<>();
    private final JavaParser parser = new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    /** Searches {@code roots} (such as {@code src/main/java}), in order; missing roots are ignored. */
    public JavaSources(List<Path> roots) {
        this.roots = roots.stream().filter(Files::isDirectory).toList();
    }

    /** The roots that exist. */
    public List<Path> roots() {
        return roots;
    }

    /** Whether an annotation with this simple name (or a qualified name ending in it) is present. */
    static boolean annotated(NodeWithAnnotations<?> node, String simpleName) {
        for (AnnotationExpr a : node.getAnnotations()) {
            String name = a.getNameAsString();
            if (name.equals(simpleName) || name.endsWith("." + simpleName)) {
                return true;
            }
        }
        return false;
    }

    /** The binary name of a type: package, then enclosing types joined by {@code $}. */
    public static String binaryName(TypeDeclaration<?> type) {
        StringBuilder name = new StringBuilder(type.getNameAsString());
        var parent = type.getParentNode();
        while (parent.isPresent() && parent.get() instanceof TypeDeclaration<?> outer) {
            name.insert(0, outer.getNameAsString() + "$");
            parent = outer.getParentNode();
        }
        Optional<CompilationUnit> unit = type.findCompilationUnit();
        String pkg = unit.flatMap(CompilationUnit::getPackageDeclaration).map(p -> p.getNameAsString() + ".").orElse("");
        return pkg + name;
    }

    /** The type with this binary name, when its source is under one of the roots. */
    Optional<Located> find(String binaryName) {
        int dot = binaryName.lastIndexOf('.');
        String pkg = dot < 0 ? "" : binaryName.substring(0, dot);
        String[] names = binaryName.substring(dot + 1).split("\\$");
        for (Path root : roots) {
            Path file = root.resolve(pkg.replace('.', '/')).resolve(names[0] + ".java");
            Optional<Parsed> parsed = parse(root, file);
            if (parsed.isPresent()) {
                Optional<TypeDeclaration<?>> type = nested(parsed.get().unit().getTypes(), names, 0);
                if (type.isPresent()) {
                    return Optional.of(new Located(parsed.get(), type.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** A type found in a parsed file. */
    record Located(Parsed source, TypeDeclaration<?> type) {
    }

    Optional<Parsed> parse(Path root, Path file) {
        return cache.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
            if (!Files.isRegularFile(f)) {
                return Optional.empty();
            }
            try {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                ParseResult<CompilationUnit> result = parser.parse(text);
                return result.getResult().map(u -> new Parsed(root.toAbsolutePath().normalize(), f,
                        text.lines().toList(), u));
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<TypeDeclaration<?>> nested(List<? extends TypeDeclaration<?>> types, String[] names, int i) {
        for (TypeDeclaration<?> t : types) {
            if (t.getNameAsString().equals(names[i])) {
                if (i == names.length - 1) {
                    return Optional.of(t);
                }
                List<TypeDeclaration<?>> inner = t.getMembers().stream()
                        .filter(m -> m instanceof TypeDeclaration<?>).<TypeDeclaration<?>>map(m -> (TypeDeclaration<?>) m)
                        .toList();
                return nested(inner, names, i + 1);
            }
        }
        return Optional.empty();
    }
}
