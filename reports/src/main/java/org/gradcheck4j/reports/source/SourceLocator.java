package org.gradcheck4j.reports.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithExtends;
import com.github.javaparser.ast.stmt.ReturnStmt;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.results.ResultsJson;

/**
 * Finds a layer's {@code @Backward} method in its source and highlights the lines that write the
 * gradients of the tensors that did worst: the {@code @Grad} field of a failing parameter, the
 * {@code return} statements for a failing input gradient.
 *
 * <p>Only direct writes are found: assignments, increments, calls on the field (such as
 * {@code dW.set(…)}) and calls that take the field as an argument (such as EJML's
 * {@code mult(a, b, dW)}). When the sources are not there, the result is empty.
 *
 * @since 0.1.0
 */
public final class SourceLocator {

    private static final int MAX_SUPERCLASSES = 8;

    private final JavaSources sources;

    /** Searches the given source roots, such as a module's {@code src/main/java}. */
    public SourceLocator(List<Path> roots) {
        this.sources = new JavaSources(roots);
    }

    /** The backward pass of the check's layer with the worst tensors' writes highlighted, if found. */
    public Optional<SourceSnippet> locate(GradCheckResult check) {
        return chain(check).flatMap(chain -> running(chain, "Backward")
                .map(m -> snippet(m.type(), m.method(), worstTensors(check), chain, "")));
    }

    /**
     * The code that computes the failing gradient, in the order a person reads it: for a check whose
     * forward pass threw or hung, the {@code @Forward} method (and the {@code @Backward} method when
     * the stack trace passes through it); otherwise the {@code @Backward} method that runs (an override
     * in a subclass wins), the helper methods of the layer it calls, and the {@code @Penalty} method
     * when a hint says the L2 gradient is missing or wrong. Empty when the sources are not there.
     */
    public List<SourceSnippet> locateAll(GradCheckResult check) {
        Optional<List<JavaSources.Located>> found = chain(check);
        if (found.isEmpty()) {
            return List.of();
        }
        List<JavaSources.Located> chain = found.get();
        List<SourceSnippet> snippets = new ArrayList<>();
        Optional<Running> backward = running(chain, "Backward");
        if (check.verdict() == Verdict.ERROR || check.verdict() == Verdict.TIMEOUT) {
            String what = check.verdict() == Verdict.TIMEOUT ? "did not finish in time" : "threw";
            running(chain, "Forward").ifPresent(f -> snippets.add(snippet(f.type(), f.method(), List.of(), chain,
                    "the forward pass, run before the backward pass: the layer " + what)));
            String trace = check.cause().map(ResultsJson::trace).orElse("");
            backward.filter(b -> trace.contains("." + b.method().getNameAsString() + "("))
                    .ifPresent(b -> snippets.add(snippet(b.type(), b.method(), List.of(), chain,
                            "the backward pass appears in the stack trace")));
            return snippets;
        }
        List<TensorResult> worst = worstTensors(check);
        backward.ifPresent(b -> {
            snippets.add(snippet(b.type(), b.method(), worst, chain, ""));
            for (Running helper : helpers(chain, b.method())) {
                snippets.add(snippet(helper.type(), helper.method(), worst, chain,
                        "called by " + b.method().getNameAsString() + "()"));
            }
        });
        if (check.hints().stream().anyMatch(h -> PENALTY_HINTS.contains(h.rule()))) {
            running(chain, "Penalty").ifPresent(p -> snippets.add(snippet(p.type(), p.method(), List.of(), chain,
                    "the L2 term: the backward pass must add its gradient")));
        }
        return snippets;
    }

    /** Hints that point at the gradient of the {@code @Penalty} term. */
    private static final Set<String> PENALTY_HINTS =
            Set.of("penalty-gradient-missing", "penalty-gradient-factor", "missing-regularisation");

    /** A method as it runs: declared in {@code type}, the first of the class chain. */
    private record Running(JavaSources.Located type, MethodDeclaration method) {
    }

    private Optional<List<JavaSources.Located>> chain(GradCheckResult check) {
        return sources.find(check.layer()).map(this::hierarchy);
    }

    /** The method annotated {@code @annotation} in the chain, or the override of it that runs. */
    private static Optional<Running> running(List<JavaSources.Located> chain, String annotation) {
        Optional<MethodDeclaration> annotated = chain.stream().flatMap(t -> t.type().getMethods().stream())
                .filter(m -> JavaSources.annotated(m, annotation)).findFirst();
        return annotated.flatMap(a -> declared(chain, a.getNameAsString(), a.getParameters().size()));
    }

    private static Optional<Running> declared(List<JavaSources.Located> chain, String name, int parameters) {
        for (JavaSources.Located type : chain) {
            for (MethodDeclaration m : type.type().getMethods()) {
                if (m.getNameAsString().equals(name) && m.getParameters().size() == parameters) {
                    return Optional.of(new Running(type, m));
                }
            }
        }
        return Optional.empty();
    }

    /** The layer's own methods that {@code caller} calls (without a receiver, or on {@code this}). */
    private static List<Running> helpers(List<JavaSources.Located> chain, MethodDeclaration caller) {
        List<Running> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (MethodCallExpr call : caller.findAll(MethodCallExpr.class)) {
            boolean own = call.getScope().map(Expression::isThisExpr).orElse(true);
            String key = call.getNameAsString() + "/" + call.getArguments().size();
            if (own && !call.getNameAsString().equals(caller.getNameAsString()) && seen.add(key)) {
                declared(chain, call.getNameAsString(), call.getArguments().size()).ifPresent(found::add);
            }
        }
        return found;
    }

    private SourceSnippet snippet(JavaSources.Located type, MethodDeclaration method, List<TensorResult> worst,
                                  List<JavaSources.Located> chain, String role) {
        Set<String> fields = new LinkedHashSet<>();
        boolean input = false;
        for (TensorResult t : worst) {
            if (t.kind() == TensorResult.Kind.INPUT) {
                input = true;
            } else {
                gradField(chain, baseName(t.name())).ifPresent(fields::add);
            }
        }
        Set<Integer> marked = new TreeSet<>();
        WriteFinder.writes(method, fields).forEach(n -> mark(n, marked));
        if (input) {
            method.findAll(ReturnStmt.class).forEach(r -> mark(r, marked));
        }
        int first = method.getBegin().map(p -> p.line).orElse(1);
        int last = method.getEnd().map(p -> p.line).orElse(first);
        List<String> text = type.source().lines();
        List<SourceLine> lines = new ArrayList<>();
        for (int n = first; n <= last && n <= text.size(); n++) {
            lines.add(new SourceLine(n, text.get(n - 1), marked.contains(n)));
        }
        List<String> names = new ArrayList<>(fields);
        if (input) {
            names.add("return (dJ/dx)");
        }
        String note = marked.isEmpty() && !names.isEmpty()
                ? "no direct write to " + String.join(", ", names) + " found in " + method.getNameAsString()
                + "(); it may be written through a helper or an alias" : "";
        note = role.isEmpty() ? note : note.isEmpty() ? role : role + "; " + note;
        return new SourceSnippet(type.source().relativePath(), method.getNameAsString(), names, lines, note);
    }

    private static void mark(Node node, Set<Integer> marked) {
        Node statement = node.findAncestor(com.github.javaparser.ast.stmt.Statement.class)
                .filter(s -> !s.isBlockStmt()).map(s -> (Node) s).orElse(node);
        if (node instanceof ReturnStmt) {
            statement = node;
        }
        int from = statement.getBegin().map(p -> p.line).orElse(0);
        int to = statement.getEnd().map(p -> p.line).orElse(from);
        for (int n = from; n <= to; n++) {
            marked.add(n);
        }
    }

    /** The tensors that did worst, when worse than PASS: those to highlight. */
    static List<TensorResult> worstTensors(GradCheckResult check) {
        int worst = check.tensors().stream().mapToInt(t -> t.verdict().ordinal()).max().orElse(0);
        if (worst == Verdict.PASS.ordinal()) {
            return List.of();
        }
        return check.tensors().stream().filter(t -> t.verdict().ordinal() == worst).toList();
    }

    private static String baseName(String tensorName) {
        int bracket = tensorName.indexOf('[');
        return bracket < 0 ? tensorName : tensorName.substring(0, bracket);
    }

    private static Optional<String> gradField(List<JavaSources.Located> chain, String param) {
        for (JavaSources.Located type : chain) {
            for (FieldDeclaration f : type.type().getFields()) {
                Optional<AnnotationExpr> grad = f.getAnnotations().stream()
                        .filter(a -> a.getNameAsString().equals("Grad") || a.getNameAsString().endsWith(".Grad"))
                        .findFirst();
                if (grad.isPresent() && param.equals(value(grad.get()))) {
                    return Optional.of(f.getVariable(0).getNameAsString());
                }
            }
        }
        return Optional.empty();
    }

    private static String value(AnnotationExpr a) {
        if (a instanceof SingleMemberAnnotationExpr s && s.getMemberValue().isStringLiteralExpr()) {
            return s.getMemberValue().asStringLiteralExpr().asString();
        }
        if (a instanceof NormalAnnotationExpr n) {
            return n.getPairs().stream().filter(p -> p.getNameAsString().equals("value"))
                    .filter(p -> p.getValue().isStringLiteralExpr())
                    .map(p -> p.getValue().asStringLiteralExpr().asString()).findFirst().orElse("");
        }
        return "";
    }

    /** The type and its superclasses whose sources are found (same file, imports, same package). */
    private List<JavaSources.Located> hierarchy(JavaSources.Located start) {
        List<JavaSources.Located> chain = new ArrayList<>();
        JavaSources.Located current = start;
        while (current != null && chain.size() < MAX_SUPERCLASSES) {
            chain.add(current);
            current = superclass(current).orElse(null);
        }
        return chain;
    }

    private Optional<JavaSources.Located> superclass(JavaSources.Located located) {
        TypeDeclaration<?> type = located.type();
        if (!(type instanceof NodeWithExtends<?> withExtends) || withExtends.getExtendedTypes().isEmpty()) {
            return Optional.empty();
        }
        String simple = withExtends.getExtendedTypes(0).getNameAsString();
        var unit = located.source().unit();
        List<String> candidates = new ArrayList<>();
        unit.getImports().stream().filter(i -> !i.isAsterisk() && !i.isStatic())
                .map(i -> i.getNameAsString()).filter(n -> n.endsWith("." + simple)).forEach(candidates::add);
        String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
        String binary = JavaSources.binaryName(type);
        int nested = binary.lastIndexOf('$');
        if (nested >= 0) {
            candidates.add(binary.substring(0, nested + 1) + simple); // a sibling nested class
        }
        candidates.add(pkg + simple);
        for (String name : candidates) {
            Optional<JavaSources.Located> found = sources.find(name);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
