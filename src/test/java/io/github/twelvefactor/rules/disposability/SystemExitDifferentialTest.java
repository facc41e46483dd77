package io.github.twelvefactor.rules.disposability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;

import io.github.twelvefactor.engine.Reporter;

/**
 * The lexer-based {@code system-exit} against the rule as it was written on javaparser's tree
 * ({@link AstSystemExit}): the same findings, at the same line and column with the same message,
 * on every fixture and on thousands of generated sources that nest types, anonymous classes,
 * lambdas, enum constant bodies, records, initializers and {@code main} methods of every shape
 * around real and look-alike calls.
 */
class SystemExitDifferentialTest {
    private static final JavaParser PARSER = new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.BLEEDING_EDGE));

    @Test
    void agreesWithTheAstRuleOnEveryJavaFixture() throws Exception {
        int compared = 0;
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/fixtures"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
                String src = Files.readString(p);
                if (compare(src, p.toString())) {
                    compared++;
                }
            }
        }
        assertTrue(compared > 20, "fixtures compared: " + compared);
    }

    @Test
    void agreesWithTheAstRuleOnGeneratedSources() {
        Random rnd = new Random(20261129);
        int compared = 0;
        int withFindings = 0;
        int inMain = 0;
        for (int n = 0; n < 800; n++) {
            Gen g = new Gen(rnd);
            String src = g.file();
            if (compare(src, "generated #" + n + ":\n" + src)) {
                compared++;
                withFindings += findings(src, null).isEmpty() ? 0 : 1;
                inMain += g.mainCalls;
            }
        }
        // the generator must exercise both sides: files with findings and calls left alone in main
        assertTrue(compared > 780, "generated sources that parse: " + compared);
        assertTrue(withFindings > 400, "sources with findings: " + withFindings);
        assertTrue(inMain > 150, "calls inside main: " + inMain);
    }

    /** Compares both rules on {@code src}; false when javaparser cannot parse it (nothing to compare). */
    private static boolean compare(String src, String name) {
        ParseResult<CompilationUnit> r = PARSER.parse(src);
        if (!r.isSuccessful() || r.getResult().isEmpty()) {
            return false;
        }
        assertEquals(findings(src, r.getResult().get()), findings(src, null), name);
        return true;
    }

    /** The AST rule's findings on {@code cu}, or the lexer rule's when it is null. */
    private static List<String> findings(String src, CompilationUnit cu) {
        List<String> out = new ArrayList<>();
        Reporter reporter = new Reporter() {
            @Override
            public void report(int line, int column, String message) {
                out.add(line + ":" + column + " " + message);
            }

            @Override
            public void reportSecret(int line, int column, String message, String secret) {
                throw new AssertionError("system-exit reports no secret");
            }
        };
        if (cu != null) {
            AstSystemExit.check(cu, reporter);
        } else {
            SystemExitRule.check(src, reporter);
        }
        out.sort(null);
        return out;
    }

    /** Random sources built from the shapes that decide where a call stands. */
    private static final class Gen {
        private static final String[] CALLS = {
            "System.exit(1);", "java.lang.System.exit(2);", "exit(3);", "Runtime.getRuntime().halt(4);",
            "java.lang.Runtime.getRuntime().exit(5);", "rt.exit(6);", "rt.halt(7);", "other.exit(8);",
            "javafx.application.Platform.exit();", "this.exit(9);", "foo().exit(10);", "(System).exit(11);",
            "lang.System.exit(12);", "System /* why */ . exit(13);", "System\n            .exit(14);",
            "Runtime.getRuntime(). exit(15);", "Runtime.getRuntime().addShutdownHook(null);", "run.exit(16);",
            "a.b.exit(17);", "int code = SpringApplication.exit(ctx);", "v.exit(18);", "r2.halt(19);",
            "many.exit(20);", "also.exit(21);", "Objects.requireNonNull(null).exit(22);", "exitCode(23);",
            "onExit(24);", "System.halt(25);",
        };
        private static final String[] DECOYS = {
            "String s = \"System.exit(1)\";", "// System.exit(1);", "/* Runtime.getRuntime().halt(1); */",
            "int exit = 1;", "Object c = String.class;", "if (o instanceof Runtime pattern) { pattern.exit(1); }",
            "Runtime r2 = Runtime.getRuntime();", "java.lang.Runtime rt = null;", "Runtime many = null, also = null;",
            "var v = Runtime.getRuntime();", "char q = '{';", "String b = \"}{\";", "int[] arr = {1, 2};",
            "Object o = new Object[] { null };",
        };
        private static final String[] MAINS = {
            "public static void main(String[] args)", "static void main()", "void main(String... a)",
            "public static <T> void main(T[] args)", "void main(java.util.Map<String, Integer> m)",
            "static void main(String a, String b)", "int main(String[] a)", "void main(@Deprecated(since = \"1\", forRemoval = true) String[] a)",
        };
        private static final String[] METHODS = {
            "void run()", "public void process(String order)", "@Override public String toString()",
            "protected <T extends Comparable<T>> void sort(java.util.List<T> l) throws Exception",
            "void exit(int code)", "static int halt(int x)", "@SuppressWarnings(\"x\") void shutdown(Runtime rt)",
            "void setUp(Runtime... rs)",
        };

        private final Random rnd;
        private final StringBuilder b = new StringBuilder();
        private int depth;
        int mainCalls;
        private boolean inMain;

        Gen(Random rnd) {
            this.rnd = rnd;
        }

        String file() {
            b.append("package p;\n\n");
            switch (rnd.nextInt(4)) {
                case 0 -> b.append("import static java.lang.System.exit;\n");
                case 1 -> b.append("import static java.lang.System.*;\n");
                case 2 -> b.append("import static java.lang.Math.max;\n");
                default -> { }
            }
            b.append("import java.util.*;\n\n");
            for (int i = 0, n = 1 + rnd.nextInt(2); i < n; i++) {
                type(i == 0 ? "Top" : "Second" + i);
            }
            return b.toString();
        }

        private void type(String name) {
            depth++;
            switch (rnd.nextInt(6)) {
                case 0 -> {
                    b.append("enum ").append(name).append(" {\n    A, B(1), C {\n        void f() {\n");
                    statements(2);
                    b.append("        }\n    };\n    ").append(name).append("() { }\n    ").append(name).append("(int x) {\n");
                    statements(2);
                    b.append("    }\n");
                    members(name);
                }
                case 1 -> {
                    b.append("record ").append(name).append("(int a, Runtime rc) {\n    ").append(name).append(" {\n");
                    statements(2);
                    b.append("    }\n    static void main(String[] args) {\n");
                    boolean was = inMain;
                    inMain = true;
                    mainBody();
                    inMain = was;
                    b.append("    }\n    void check() {\n"); // a record has no instance fields: no members()
                    statements(2);
                    b.append("    }\n");
                }
                case 2 -> {
                    b.append("interface ").append(name).append(" {\n    default void d() {\n");
                    statements(2);
                    b.append("    }\n    static void main(String[] args) {\n");
                    mainBody();
                    b.append("    }\n");
                }
                case 3 -> {
                    b.append("@Deprecated(since = \"x\") public class ").append(name)
                            .append("<T extends Comparable<T>> extends Object implements Runnable {\n");
                    members(name);
                }
                default -> {
                    b.append("class ").append(name).append(" {\n");
                    members(name);
                }
            }
            b.append("}\n");
            depth--;
        }

        private void members(String type) {
            for (int i = 0, n = 1 + rnd.nextInt(4); i < n; i++) {
                switch (rnd.nextInt(10)) {
                    case 0 -> b.append("    Runtime rt = Runtime.getRuntime();\n");
                    case 1 -> {
                        b.append("    Object anon = new Object() {\n        public String toString() {\n");
                        statements(2);
                        b.append("            return \"\";\n        }\n    };\n");
                    }
                    case 2 -> {
                        b.append("    Runnable lambda = () -> {\n");
                        statements(2);
                        b.append("    };\n");
                    }
                    case 3 -> {
                        b.append(rnd.nextBoolean() ? "    static {\n" : "    {\n");
                        statements(2);
                        b.append("    }\n");
                    }
                    case 4 -> {
                        int m = rnd.nextInt(MAINS.length);
                        b.append("    ").append(MAINS[m]).append(" {\n");
                        boolean real = m != 5 && m != 6; // two parameters; an int result
                        boolean was = inMain;
                        inMain = real;
                        mainBody();
                        inMain = was;
                        if (m == 6) {
                            b.append("        return 0;\n");
                        }
                        b.append("    }\n");
                    }
                    case 5 -> {
                        if (depth < 3) {
                            type("Nested" + depth + i);
                        }
                    }
                    case 6 -> b.append("    int[][] table = {{1}, {2, 3}};\n    static final Runnable R = () -> System.exit(40);\n");
                    case 7 -> {
                        b.append("    ").append(type).append("(String s) {\n");
                        statements(2);
                        b.append("    }\n");
                    }
                    default -> {
                        b.append("    ").append(METHODS[rnd.nextInt(METHODS.length)]).append(" {\n");
                        statements(2);
                        b.append("    }\n");
                    }
                }
            }
        }

        private void mainBody() {
            statements(2);
        }

        private void statements(int indent) {
            String pad = "    ".repeat(indent);
            for (int i = 0, n = 1 + rnd.nextInt(3); i < n; i++) {
                int k = rnd.nextInt(14);
                if (k < 5) {
                    b.append(pad).append(CALLS[rnd.nextInt(CALLS.length)]).append('\n');
                    mainCalls += inMain ? 1 : 0;
                } else if (k < 8) {
                    b.append(pad).append(DECOYS[rnd.nextInt(DECOYS.length)]).append('\n');
                } else if (depth > 3 || indent > 4) {
                    b.append(pad).append("System.exit(0);\n");
                } else {
                    depth++;
                    switch (k) {
                        case 8 -> {
                            b.append(pad).append("if (args == null) {\n");
                            statements(indent + 1);
                            b.append(pad).append("} else {\n");
                            statements(indent + 1);
                            b.append(pad).append("}\n");
                        }
                        case 9 -> {
                            b.append(pad).append("new Thread() {\n").append(pad).append("    @Override public void run() {\n");
                            boolean was = inMain;
                            inMain = false;
                            statements(indent + 2);
                            inMain = was;
                            b.append(pad).append("    }\n").append(pad).append("}.start();\n");
                        }
                        case 10 -> {
                            b.append(pad).append("Runnable q = () -> {\n");
                            statements(indent + 1);
                            b.append(pad).append("};\n").append(pad).append("Runnable q2 = () -> System.exit(7);\n");
                        }
                        case 11 -> {
                            b.append(pad).append("class Local {\n").append(pad).append("    void m() {\n");
                            boolean was = inMain;
                            inMain = false;
                            statements(indent + 2);
                            inMain = was;
                            b.append(pad).append("    }\n").append(pad).append("}\n");
                        }
                        case 12 -> {
                            b.append(pad).append("switch (args.length) {\n").append(pad).append("    case 1 -> {\n");
                            statements(indent + 2);
                            b.append(pad).append("    }\n").append(pad).append("    default -> { }\n").append(pad).append("}\n");
                        }
                        default -> {
                            b.append(pad).append("for (int i = 0; i < 3; i++) {\n").append(pad).append("    try {\n");
                            statements(indent + 2);
                            b.append(pad).append("    } catch (Exception e) {\n");
                            statements(indent + 2);
                            b.append(pad).append("    }\n").append(pad).append("}\n");
                        }
                    }
                    depth--;
                }
            }
        }
    }
}
