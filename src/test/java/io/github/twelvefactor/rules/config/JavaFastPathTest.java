package io.github.twelvefactor.rules.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;

import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.source.JavaParsers;
import io.github.twelvefactor.source.SourceFile;

/**
 * The fast path of hardcoded-secret on Java (raw gate, lexer plan, snippet parsing) must find
 * exactly what a whole-file parse finds, and must leave the common non-secret shapes alone.
 */
class JavaFastPathTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/hardcoded-secret");

    @TestFactory
    Stream<DynamicTest> snippetsFindWhatTheWholeFileHolds() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(FIXTURES)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        return files.stream().map(f -> DynamicTest.dynamicTest(FIXTURES.relativize(f).toString(), () -> {
            String text = Files.readString(f);
            assertEquals(viaWholeFile(f, text).stream().sorted().toList(), viaFastPath(f, text).stream().sorted().toList());
        }));
    }

    private static List<String> viaWholeFile(Path f, String text) {
        SourceFile file = new SourceFile(f, "src/main/java/X.java", "X.java", text, new JavaParsers());
        CompilationUnit cu = file.java();
        assertNotNull(cu, "fixture parses");
        List<String> found = new ArrayList<>();
        JavaSecrets.check(List.of(cu), new SecretFindings(file, collect(found)));
        return found;
    }

    private static List<String> viaFastPath(Path f, String text) {
        SourceFile file = new SourceFile(f, "src/main/java/X.java", "X.java", text, new JavaParsers());
        List<String> found = new ArrayList<>();
        new HardcodedSecretRule().check(file, collect(found));
        return found;
    }

    private static Reporter collect(List<String> out) {
        return new Reporter() {
            @Override
            public void report(int line, int column, String message) {
                out.add(line + ":" + column + " " + message);
            }

            @Override
            public void reportSecret(int line, int column, String message, String secret) {
                out.add(line + ":" + column + " " + message);
            }
        };
    }

    @ParameterizedTest(name = "gate closed: {0}")
    @ValueSource(strings = {"class A { /* the value is passed to the tokenizer */ String s = \"x\"; }",
        "class A { Object k(java.util.Map.Entry<String, String> e) { return e.getKey(); } }",
        "class A { java.util.Set<String> keys(java.util.Map<String, String> m) { return m.keySet(); } }",
        "class A { int compass = 1; String bypassed = \"no\"; }", "class A { String password; }"})
    void gateStaysClosed(String source) {
        assertFalse(JavaGate.mayHoldSecret(source));
    }

    @ParameterizedTest(name = "gate open: {0}")
    @ValueSource(strings = {"class A { String password = \"x\"; }", "class A { String apiKey = \"x\"; }",
        "class A { String API_KEY = \"x\"; }", "class A { String dbPass = \"x\"; }", "class A { String PWD = \"x\"; }",
        "class A { String s = \"jwt.key\"; }", "class A { void m() { DriverManager.getConnection(u, \"a\", \"b\"); } }",
        "class A { void m(H h) { h.set(\"Authorization\", \"Bearer x\"); } }"})
    void gateOpens(String source) {
        assertTrue(JavaGate.mayHoldSecret(source));
    }

    @ParameterizedTest(name = "nothing to parse: {0}")
    @ValueSource(strings = {"class A { boolean m(String token) { return token.equals(\",\"); } }",
        "class A { Object m(java.sql.DataSource ds) throws Exception { return ds.getConnection(); } }",
        "class A { void m(Properties p, String name) { String password = System.getenv(name); p.put(KEY, password); } }",
        "class A { // String password = \"commented\";\n }", "class A { String token = \"\"; }"})
    void nothingToParse(String source) {
        assertTrue(JavaPrecheck.plan(source).nothing());
    }

    @Test
    void aCandidateStatementIsParsedAlone() {
        String source = "class A {\n  void big() {\n    int x = 1;\n    String password = \"s3cr3t-value\";\n  }\n}";
        JavaPrecheck.Plan plan = JavaPrecheck.plan(source);
        assertFalse(plan.wholeFile());
        assertEquals(1, plan.snippets().size());
        JavaPrecheck.Snippet s = plan.snippets().get(0);
        assertEquals("String password = \"s3cr3t-value\";", source.substring(s.start(), s.end()));
        List<Node> nodes = JavaSnippets.parse(source, plan.snippets());
        assertNotNull(nodes);
        assertEquals(4, nodes.get(0).getBegin().orElseThrow().line, "the snippet keeps its line");
        assertEquals(5, nodes.get(0).getBegin().orElseThrow().column, "and its column");
    }

    @Test
    void aSinkTakingANameBringsTheMembersThatGaveItALiteral() {
        String source = "class A {\n  static final String DB = \"s3cr3t-value\";\n  int other;\n"
                + "  void m(String u) throws Exception {\n    DriverManager.getConnection(u, \"app\", DB);\n  }\n}";
        JavaPrecheck.Plan plan = JavaPrecheck.plan(source);
        assertFalse(plan.wholeFile());
        List<String> pieces = plan.snippets().stream().map(s -> source.substring(s.start(), s.end())).toList();
        assertEquals(2, pieces.size(), pieces::toString);
        assertEquals("static final String DB = \"s3cr3t-value\";", pieces.get(0));
        assertTrue(pieces.get(1).startsWith("void m(String u)"), pieces.get(1));
    }
}
