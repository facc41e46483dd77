package io.github.twelvefactor.rules.disposability;

import java.util.Optional;
import java.util.Set;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;

import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.rules.JavaNodes;

/**
 * {@code system-exit} as it was written on javaparser's tree, kept as the reference that the
 * lexer-based rule is compared with ({@link SystemExitDifferentialTest}).
 */
final class AstSystemExit {
    private AstSystemExit() {
    }

    private static final Set<String> SYSTEM = Set.of("System", "java.lang.System");

    /** The findings of the rule as it was before the lexer: on a compilation unit javaparser gave. */
    static void check(CompilationUnit cu, Reporter out) {
        Set<String> runtimes = null;
        for (MethodCallExpr call : cu.findAll(MethodCallExpr.class,
                m -> m.getNameAsString().equals("exit") || m.getNameAsString().equals("halt"))) {
            String what = null;
            Optional<Expression> scope = call.getScope();
            boolean exit = call.getNameAsString().equals("exit");
            if (exit && scope.isPresent() && SYSTEM.contains(scope.get().toString())) {
                what = "System.exit";
            } else if (exit && scope.isEmpty() && JavaNodes.importsStatic(cu, "java.lang.System", "exit")) {
                what = "System.exit";
            } else if (scope.isPresent() && scope.get() instanceof MethodCallExpr get
                    && get.getNameAsString().equals("getRuntime") && get.getScope().isPresent()
                    && get.getScope().get().toString().matches("(java\\.lang\\.)?Runtime")) {
                what = "Runtime.getRuntime()." + call.getNameAsString();
            } else if (scope.isPresent() && scope.get() instanceof NameExpr name) {
                runtimes = runtimes == null ? JavaNodes.namesOfType(cu, "Runtime") : runtimes;
                what = runtimes.contains(name.getNameAsString()) ? "Runtime." + call.getNameAsString() : null;
            }
            if (what != null && !inMain(call)) {
                out.report(JavaNodes.line(call), JavaNodes.column(call), what + "(...) in " + place(call)
                        + " stops the JVM from inside the app");
            }
        }
    }

    /** True when the nearest enclosing method is a {@code main} method (lambdas inside it included). */
    private static boolean inMain(Node call) {
        Optional<CallableDeclaration> callable = call.findAncestor(CallableDeclaration.class);
        return callable.isPresent() && callable.get() instanceof MethodDeclaration m && m.getNameAsString().equals("main")
                && m.getType().isVoidType() && m.getParameters().size() <= 1;
    }

    /** {@code OrderService.process()}, or the class alone for an initializer. */
    private static String place(Node call) {
        String type = call.findAncestor(TypeDeclaration.class).map(t -> ((TypeDeclaration<?>) t).getNameAsString())
                .orElse("?");
        return type + call.findAncestor(CallableDeclaration.class).map(c -> "." + c.getNameAsString() + "()")
                .orElse(" (initializer)");
    }
}
