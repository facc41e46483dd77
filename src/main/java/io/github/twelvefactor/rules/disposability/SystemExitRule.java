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

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.FileRule;
import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.JavaNodes;
import io.github.twelvefactor.source.FileKind;
import io.github.twelvefactor.source.Scope;
import io.github.twelvefactor.source.SourceFile;

/**
 * Main Java that stops the JVM itself: {@code System.exit(...)} (also through
 * {@code import static java.lang.System.exit}) and {@code Runtime.getRuntime().exit/halt(...)}
 * (also on a variable of type {@code Runtime}), anywhere but in a {@code main} method. A lambda
 * written inside {@code main} counts as {@code main}; a method of an anonymous class inside it does
 * not. Other {@code exit} methods ({@code Platform.exit()}, {@code SpringApplication.exit(ctx)},
 * which only closes the context and returns a code) are not reported.
 */
@RuleDefinition(id = "system-exit", factor = Factor.IX, severity = Severity.WARNING,
        summary = "The app stops the JVM from inside its code (System.exit, Runtime.exit/halt) outside main",
        remediation = "Leave stopping to the platform: throw or return an error instead of exiting, let SIGTERM "
                + "end the process (graceful shutdown, shutdown hooks), and keep the exit code in main, e.g. "
                + "System.exit(SpringApplication.exit(context)).",
        bad = "catch (IOException e) { System.exit(1); }",
        good = "catch (IOException e) { throw new UncheckedIOException(e); }")
public final class SystemExitRule implements FileRule {
    private static final Set<String> SYSTEM = Set.of("System", "java.lang.System");

    @Override
    public boolean accepts(SourceFile file) {
        if (file.kind() != FileKind.JAVA || file.scope() != Scope.MAIN || file.path().startsWith(".mvn/")) {
            return false;
        }
        return file.mentions("exit(") || file.mentions("halt(");
    }

    @Override
    public void check(SourceFile file, Reporter out) {
        CompilationUnit cu = file.java();
        if (cu == null) {
            return;
        }
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
