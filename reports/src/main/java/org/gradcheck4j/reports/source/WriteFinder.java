package org.gradcheck4j.reports.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Finds the expressions in a method that write to one of a set of fields. */
final class WriteFinder {

    /** Methods that, called on a tensor, change it (EJML, lists, arrays). */
    private static final Pattern MUTATOR =
            Pattern.compile("(set|add|zero|fill|plus|minus|scale|divide|put|copy|insert|reshape|assign|clear).*");

    private WriteFinder() {
    }

    static List<Node> writes(MethodDeclaration method, Set<String> gradFields) {
        List<Node> found = new ArrayList<>();
        if (gradFields.isEmpty()) {
            return found;
        }
        Set<String> fields = withAliases(method, gradFields);
        for (AssignExpr a : method.findAll(AssignExpr.class)) {
            if (root(a.getTarget()).filter(fields::contains).isPresent()) {
                found.add(a);
            }
        }
        for (UnaryExpr u : method.findAll(UnaryExpr.class)) {
            if (isIncrement(u) && root(u.getExpression()).filter(fields::contains).isPresent()) {
                found.add(u);
            }
        }
        for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
            boolean onField = MUTATOR.matcher(call.getNameAsString()).matches()
                    && call.getScope().flatMap(WriteFinder::root).filter(fields::contains).isPresent();
            boolean fieldArgument = call.getArguments().stream()
                    .anyMatch(e -> isReference(e) && root(e).filter(fields::contains).isPresent());
            if (onField || fieldArgument) {
                found.add(call);
            }
        }
        return found;
    }

    /** The fields and the local names that alias them: {@code for (double[] row : dW)}, {@code var r = dW[i]}. */
    private static Set<String> withAliases(MethodDeclaration method, Set<String> fields) {
        Set<String> names = new java.util.HashSet<>(fields);
        for (ForEachStmt loop : method.findAll(ForEachStmt.class)) {
            if (root(loop.getIterable()).filter(fields::contains).isPresent()) {
                loop.getVariable().getVariables().forEach(v -> names.add(v.getNameAsString()));
            }
        }
        for (VariableDeclarator v : method.findAll(VariableDeclarator.class)) {
            if (v.getInitializer().filter(e -> isReference(e) && root(e).filter(fields::contains).isPresent())
                    .isPresent() && !v.getType().isPrimitiveType()) {
                names.add(v.getNameAsString());
            }
        }
        return names;
    }

    private static boolean isIncrement(UnaryExpr u) {
        return switch (u.getOperator()) {
            case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
            default -> false;
        };
    }

    /** A whole tensor or a row of it passed on, rather than one element's value read. */
    private static boolean isReference(Expression e) {
        return e.isNameExpr() || e.isFieldAccessExpr()
                || (e.isArrayAccessExpr() && !e.asArrayAccessExpr().getName().isArrayAccessExpr());
    }

    /** The variable or field at the root of {@code dW}, {@code this.dW}, {@code dW[i][j]}, {@code dW.data[k]}. */
    static Optional<String> root(Expression e) {
        if (e.isNameExpr()) {
            return Optional.of(e.asNameExpr().getNameAsString());
        }
        if (e.isFieldAccessExpr()) {
            var access = e.asFieldAccessExpr();
            return access.getScope().isThisExpr() ? Optional.of(access.getNameAsString()) : root(access.getScope());
        }
        if (e.isArrayAccessExpr()) {
            return root(e.asArrayAccessExpr().getName());
        }
        if (e.isMethodCallExpr()) {
            return e.asMethodCallExpr().getScope().flatMap(WriteFinder::root);
        }
        if (e.isEnclosedExpr()) {
            return root(e.asEnclosedExpr().getInner());
        }
        if (e.isCastExpr()) {
            return root(e.asCastExpr().getExpression());
        }
        return Optional.empty();
    }
}
