package io.github.twelvefactor.rules.disposability;

import java.util.HashSet;
import java.util.Set;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.FileRule;
import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.support.JavaBlocks;
import io.github.twelvefactor.rules.support.JavaTokens;
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
 *
 * <p>Read from the tokens ({@link JavaTokens}, {@link JavaBlocks}), not a parse: most files that
 * say {@code exit(} call it in {@code main} or call some other {@code exit}, and a parse per such
 * file cost more than the rest of the audit of it. The rule as written on javaparser's tree is kept
 * in the tests, which compare the two on generated sources.
 */
@RuleDefinition(id = "system-exit", factor = Factor.IX, severity = Severity.WARNING,
        summary = "The app stops the JVM from inside its code (System.exit, Runtime.exit/halt) outside main",
        remediation = "Leave stopping to the platform: throw or return an error instead of exiting, let SIGTERM "
                + "end the process (graceful shutdown, shutdown hooks), and keep the exit code in main, e.g. "
                + "System.exit(SpringApplication.exit(context)).",
        bad = "catch (IOException e) { System.exit(1); }",
        good = "catch (IOException e) { throw new UncheckedIOException(e); }")
public final class SystemExitRule implements FileRule {

    @Override
    public boolean accepts(SourceFile file) {
        if (file.kind() != FileKind.JAVA || file.scope() != Scope.MAIN || file.path().startsWith(".mvn/")) {
            return false;
        }
        return file.mentions("exit(") || file.mentions("halt(");
    }

    @Override
    public void check(SourceFile file, Reporter out) {
        check(file.text(), out);
    }

    static void check(String source, Reporter out) {
        JavaTokens t = JavaTokens.of(source);
        JavaBlocks blocks = null;
        Set<String> runtimes = null;
        Boolean staticImport = null;
        for (int i = 0; i < t.size(); i++) {
            boolean exit = t.isWord(i, "exit");
            if (!(exit || t.isWord(i, "halt")) || !t.is(i + 1, '(')) {
                continue;
            }
            String what = null;
            int start = -1;
            if (t.is(i - 1, '.')) {
                int scope = i - 2;
                if (exit && (start = qualified(t, scope, "System")) >= 0) {
                    what = "System.exit";
                } else if (t.is(scope, ')') && t.partner(scope) > 0 && t.isWord(t.partner(scope) - 1, "getRuntime")
                        && t.is(t.partner(scope) - 2, '.') && (start = qualified(t, t.partner(scope) - 3, "Runtime")) >= 0) {
                    what = "Runtime.getRuntime()." + t.text(i);
                } else if (t.isIdentifier(scope) && !t.is(scope - 1, '.')) {
                    runtimes = runtimes == null ? runtimeNames(t) : runtimes;
                    if (runtimes.contains(t.text(scope))) {
                        what = "Runtime." + t.text(i);
                        start = scope;
                    }
                }
            } else if (exit && isCall(t, i)) {
                staticImport = staticImport == null ? importsSystemExit(t) : staticImport;
                if (staticImport) {
                    what = "System.exit";
                    start = i;
                }
            }
            if (what == null) {
                continue;
            }
            blocks = blocks == null ? JavaBlocks.of(t) : blocks;
            if (!blocks.inMainMethod(i)) {
                out.report(t.line(start), t.column(start), what + "(...) in " + place(blocks, i)
                        + " stops the JVM from inside the app");
            }
        }
    }

    /**
     * Where {@code System} or {@code java.lang.System} (for {@code name} = System) ends at token
     * {@code end} as a whole expression: the index of its first token, or -1.
     */
    private static int qualified(JavaTokens t, int end, String name) {
        if (!t.isWord(end, name)) {
            return -1;
        }
        if (!t.is(end - 1, '.')) {
            return end;
        }
        boolean javaLang = t.isWord(end - 2, "lang") && t.is(end - 3, '.') && t.isWord(end - 4, "java")
                && !t.is(end - 5, '.');
        return javaLang ? end - 4 : -1;
    }

    /** An unqualified {@code exit(} that is a call: not a method's declaration, not {@code new exit(}. */
    private static boolean isCall(JavaTokens t, int i) {
        if (t.isIdentifier(i - 1)) {
            String before = t.text(i - 1);
            return before.equals("return") || before.equals("throw") || before.equals("else") || before.equals("case")
                    || before.equals("yield") || before.equals("assert") || before.equals("do");
        }
        return !t.is(i - 1, '>') && !t.is(i - 1, ']') && !t.is(i - 1, ':');
    }

    /** {@code import static java.lang.System.exit;} or {@code import static java.lang.System.*;} */
    private static boolean importsSystemExit(JavaTokens t) {
        for (int i = 0; i + 9 < t.size(); i++) {
            if (t.isWord(i, "import") && t.isWord(i + 1, "static") && t.isWord(i + 2, "java") && t.is(i + 3, '.')
                    && t.isWord(i + 4, "lang") && t.is(i + 5, '.') && t.isWord(i + 6, "System") && t.is(i + 7, '.')
                    && (t.isWord(i + 8, "exit") || t.is(i + 8, '*')) && t.is(i + 9, ';')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names of the file's variables and parameters declared as {@code Runtime} (or
     * {@code x.y.Runtime}): {@code Runtime rt = ...}, {@code (Runtime r)}, {@code Runtime a, b;}.
     */
    private static Set<String> runtimeNames(JavaTokens t) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            if (!t.isWord(i, "Runtime") || t.isWord(i - 1, "instanceof")) {
                continue;
            }
            int name = i + 1;
            if (t.is(name, '.') && t.is(name + 1, '.') && t.is(name + 2, '.')) {
                name += 3; // Runtime... rs
            }
            if (!t.isIdentifier(name) || !declaratorEnd(t, name + 1)) {
                continue;
            }
            names.add(t.text(name));
            // more declarators of the same declaration: Runtime a = x, b;
            for (int k = name + 1; k < t.size(); k++) {
                char c = t.punctuation(k);
                if ((c == '(' || c == '[' || c == '{') && t.partner(k) > k) {
                    k = t.partner(k);
                } else if (c == ',' && t.isIdentifier(k + 1) && declaratorEnd(t, k + 2)) {
                    names.add(t.text(k + 1));
                } else if (c == ';' || c == ')' || c == '}' || c == '{') {
                    break;
                }
            }
        }
        return names;
    }

    private static boolean declaratorEnd(JavaTokens t, int i) {
        char c = t.punctuation(i);
        return c == '=' && !t.is(i + 1, '=') || c == ';' || c == ',' || c == ')' || c == ':';
    }

    /** {@code OrderService.process()}, or the class alone for an initializer. */
    private static String place(JavaBlocks blocks, int i) {
        int type = blocks.nearest(i, JavaBlocks.Kind.TYPE);
        int callable = blocks.nearest(i, JavaBlocks.Kind.CALLABLE);
        return (type < 0 ? "?" : blocks.name(type)) + (callable < 0 ? " (initializer)" : "." + blocks.name(callable) + "()");
    }
}
