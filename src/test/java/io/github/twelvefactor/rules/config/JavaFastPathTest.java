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

    /** A reporter that writes each finding as {@code line:column message} (shared with {@link JavaSnippetTokensTest}). */
    static Reporter collect(List<String> out) {
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

    /**
     * Generated classes that mix the shapes the plan reads whole (plain declarations and
     * assignments, annotations that hold no finding) with those it must parse (sinks, comparisons,
     * keyed puts, {@code @Value} defaults, escapes, concatenations): the fast path finds exactly what
     * a whole-file parse finds.
     */
    @Test
    void generatedClassesFindWhatTheWholeFileHolds() {
        String[] names = {"password", "dbPassword", "DB_PASSWORD", "token", "apiKey", "secret", "PASSWORD_KEY", "name",
            "tokenUrl", "passwordEncoder", "url", "clientSecret", "pwd"};
        String[] values = {"\"s3cr3t-Value9\"", "\"${DB_PASSWORD}\"", "\"${DB_PASSWORD:fallback-S3cret}\"", "\"\"",
            "\"changeme\"", "\"spring.datasource.password\"", "\"X-Auth-Token\"", "\"root\"", "\"a\\tb-S3cret\"",
            "\"s3cr3t-\" + \"Value9\"", "\"s3cr3t-Value9\".toCharArray()", "\"k3yMaterial99x\".getBytes()",
            "System.getenv(\"PW\")", "null", "\"https://example.com/token\"", "\"password\""};
        String[] annotations = {"", "@Column(name = \"password_hash\") ", "@JsonProperty(\"token\") ", "@Deprecated ",
            "@Value(\"${jwt.secret:Def4ult-Secret}\") ", "@NotNull @Size(min = 8, max = 64) ",
            "@ConfigProperty(name = \"db.password\", defaultValue = \"c0nfig-S3cret\") "};
        String[] statements = {"NAME = VALUE;", "this.NAME = VALUE;", "String NAME = VALUE;", "final String NAME = VALUE;",
            "props.put(\"password\", VALUE);", "if (NAME.equals(VALUE)) { return; }", "ds.setPassword(VALUE);",
            "javax.crypto.spec.SecretKeySpec spec = new javax.crypto.spec.SecretKeySpec(KEYBYTES, \"AES\");",
            "java.sql.DriverManager.getConnection(url, \"app\", NAME);", "Runnable r = () -> { String NAME = VALUE; };"};
        java.util.Random rnd = new java.util.Random(7);
        int compared = 0;
        int found = 0;
        for (int n = 0; n < 600; n++) {
            StringBuilder b = new StringBuilder("package p;\n\nclass G").append(n).append(" {\n");
            b.append("    private static final byte[] KEYBYTES = \"k3yMaterial").append(n).append("x\".getBytes();\n");
            for (int f = 0, k = 1 + rnd.nextInt(4); f < k; f++) {
                b.append("    ").append(annotations[rnd.nextInt(annotations.length)]).append("private ")
                        .append(rnd.nextBoolean() ? "static final " : "").append("String ")
                        .append(names[rnd.nextInt(names.length)]).append(f).append(rnd.nextInt(3) == 0 ? ";\n"
                                : " = " + values[rnd.nextInt(values.length)] + ";\n");
            }
            b.append("    void m(java.util.Map<String, Object> props, javax.sql.DataSource ds, String url) throws Exception {\n");
            for (int t = 0, k = 1 + rnd.nextInt(5); t < k; t++) {
                String name = names[rnd.nextInt(names.length)];
                b.append("        ").append(statements[rnd.nextInt(statements.length)].replace("NAME", name)
                        .replace("VALUE", values[rnd.nextInt(values.length)])).append('\n');
            }
            b.append("    }\n}\n");
            String text = b.toString();
            Path path = Path.of("G" + n + ".java");
            List<String> whole = viaWholeFile(path, text).stream().sorted().toList();
            assertEquals(whole, viaFastPath(path, text).stream().sorted().toList(), text);
            compared++;
            found += whole.size();
        }
        assertEquals(600, compared);
        assertTrue(found > 600, "findings in generated classes: " + found);
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

    @ParameterizedTest(name = "gate at a word's edge: {0}")
    @ValueSource(strings = {"\"x\" dbPassword", "\"x\" DBPassword", "\"x\" PASSWORD", "\"x\" apikeys", "\"x\" api_key",
        "\"x\" accessKeyId", "\"x\" tokens", "\"x\" passpassword", "\"x\" password", "password \"x\"", "'x' secret"})
    void gateOpensAtAWordsEdge(String source) {
        assertTrue(JavaGate.mayHoldSecret(source));
    }

    @ParameterizedTest(name = "gate closed inside a word: {0}")
    @ValueSource(strings = {"\"x\" xpassword", "\"x\" tokenizer", "\"x\" myKey", "\"x\" keys", "\"x\" compass",
        "\"x\" secretary", "\"x\" passed", "password but no quote"})
    void gateStaysClosedInsideAWord(String source) {
        assertFalse(JavaGate.mayHoldSecret(source));
    }

    /**
     * The gate answers as reading word by word does: at every place a word may start, every gate
     * word compared letter by letter (the gate's first form, kept here as the reference), on random
     * text made of the words' pieces, their cases changed, and of the characters around words.
     */
    @Test
    void gateAnswersAsAWordByWordReadingDoes() {
        String[][] words = {{"pass", "wpc"}, {"pw", "d"}, {"privatekey", "s"}, {"pbekeyspec", null}, {"secret", "s"},
            {"signingkey", "s"}, {"signwith", null}, {"token", "s"}, {"tochararray", null}, {"credential", "s"},
            {"clientsecret", "s"}, {"apikey", "s"}, {"accesskey", "s"}, {"authorization", null}, {"addidentity", null},
            {"encryptionkey", "s"}, {"getconnection", null}, {"login", null}, {"hmacshakeyfor", null}, {"key", "s"}};
        java.util.Random rnd = new java.util.Random(1129);
        String around = " \"'_-.xyzXYZdsw\u00e9";
        String[] pieces = {"api", "jwt", "master", "private", "Key", "KEY", "izer", "ed", "s"};
        int open = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = rnd.nextInt(12); k > 0; k--) {
                switch (rnd.nextInt(3)) {
                    case 0 -> {
                        String w = words[rnd.nextInt(words.length)][0];
                        b.append(rnd.nextBoolean() ? w : rnd.nextBoolean() ? w.toUpperCase() : Character.toUpperCase(w.charAt(0)) + w.substring(1));
                    }
                    case 1 -> b.append(pieces[rnd.nextInt(pieces.length)]);
                    default -> b.append(around.charAt(rnd.nextInt(around.length())));
                }
            }
            String text = b.toString();
            boolean expected = referenceGate(text, words);
            assertEquals(expected, JavaGate.mayHoldSecret(text), () -> "'" + text + "'");
            open += expected ? 1 : 0;
        }
        assertTrue(open > 2_000 && open < 18_000, "both answers are tested often: " + open + " open of 20,000");
    }

    private static boolean referenceGate(String text, String[][] words) {
        if (text.indexOf('"') < 0 && text.indexOf('\'') < 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char p = i == 0 ? ' ' : text.charAt(i - 1);
            boolean upper = c >= 'A' && c <= 'Z';
            boolean start = !Character.isLetter(p) || p >= 128 || (upper && p >= 'a' && p <= 'z')
                    || (upper && i + 1 < text.length() && text.charAt(i + 1) >= 'a' && text.charAt(i + 1) <= 'z');
            for (String[] w : words) {
                String letters = w[0];
                if (!start || !text.regionMatches(true, i, letters, 0, letters.length()) || !ascii(text, i, letters.length())) {
                    continue;
                }
                if (letters.equals("key")) {
                    int end = i > 0 && "_-.".indexOf(text.charAt(i - 1)) >= 0 ? i - 1 : i;
                    boolean qualified = false;
                    for (String q : List.of("api", "access", "secret", "signing", "encryption", "private", "hmac", "jwt", "master")) {
                        qualified |= end - q.length() >= 0 && text.regionMatches(true, end - q.length(), q, 0, q.length());
                    }
                    if (!qualified) {
                        continue;
                    }
                }
                int after = i + letters.length();
                if (w[1] == null || after == text.length()) {
                    return true;
                }
                char next = text.charAt(after);
                if (!(next >= 'a' && next <= 'z') || w[1].indexOf(next) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean ascii(String text, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    @ParameterizedTest(name = "nothing to parse: {0}")
    @ValueSource(strings = {"class A { boolean m(String token) { return token.equals(\",\"); } }",
        "class A { Object m(java.sql.DataSource ds) throws Exception { return ds.getConnection(); } }",
        "class A { void m(Properties p, String name) { String password = System.getenv(name); p.put(KEY, password); } }",
        "class A { // String password = \"commented\";\n }", "class A { String token = \"\"; }",
        "class User {\n  @Column(name = \"password_hash\", length = 60)\n  private String password;\n}",
        "class Dto { @JsonProperty(\"access_token\") @Size(max = 200) String accessToken; }"})
    void nothingToParse(String source) {
        assertTrue(JavaPrecheck.plan(source).nothing());
    }

    @Test
    void aPlainDeclarationIsJudgedWithoutAParse() {
        String source = "class A {\n  @Deprecated @Column(name = \"pw\")\n  private static final String DB_PASSWORD = \"s3cr3t-value\";\n"
                + "  void m() {\n    this.token = \"t0k3n-value\";\n  }\n}";
        JavaPrecheck.Plan plan = JavaPrecheck.plan(source);
        assertFalse(plan.wholeFile());
        assertTrue(plan.snippets().isEmpty(), plan::toString);
        assertEquals(List.of("DB_PASSWORD s3cr3t-value 3:45", "token t0k3n-value 5:18"), plan.declared().stream()
                .map(d -> d.name() + " " + d.value() + " " + d.line() + ":" + d.column()).toList());
    }

    @ParameterizedTest(name = "parsed, not read whole: {0}")
    @ValueSource(strings = {"String password = \"s3cr3t-\" + \"value\";", "String password = \"s3cr3t\\tvalue\";",
        "@Value(\"${db.password}\") String password = \"s3cr3t-value\";", "String a = \"x\", password = \"s3cr3t-value\";",
        "char[] password = \"s3cr3t-value\".toCharArray();", "password += \"s3cr3t-value\";",
        "String password = \"\"\"\n    s3cr3t-value\"\"\";"})
    void otherShapesAreParsed(String statement) {
        JavaPrecheck.Plan plan = JavaPrecheck.plan("class A {\n  void m() {\n    " + statement + "\n  }\n}");
        assertTrue(plan.declared().isEmpty(), plan::toString);
        assertFalse(plan.snippets().isEmpty() && !plan.wholeFile(), plan::toString);
    }

    @Test
    void aCandidateStatementIsParsedAlone() {
        String source = "class A {\n  void big() {\n    int x = 1;\n    String password = \"s3cr3t-\" + \"value\";\n  }\n}";
        JavaPrecheck.Plan plan = JavaPrecheck.plan(source);
        assertFalse(plan.wholeFile());
        assertEquals(1, plan.snippets().size());
        JavaPrecheck.Snippet s = plan.snippets().get(0);
        assertEquals("String password = \"s3cr3t-\" + \"value\";", source.substring(s.start(), s.end()));
        List<Node> nodes = JavaSnippets.parse(source, plan.snippets());
        assertNotNull(nodes);
        assertEquals(4, nodes.get(0).getBegin().orElseThrow().line, "the snippet keeps its line");
        assertEquals(5, nodes.get(0).getBegin().orElseThrow().column, "and its column");
    }

    /**
     * A constant may be declared below the sink that takes it, or its name be given literals in several
     * places (a field, an interface constant), or be characters where the sink takes only those: every
     * member that gives it one is parsed with the sink.
     */
    @ParameterizedTest(name = "found as a whole-file parse finds it: {0}")
    @ValueSource(strings = {
        "class A {\n  final SecretKeySpec s = new SecretKeySpec(KEY, \"AES\");\n  static final byte[] KEY = \"k3yMaterial42x\".getBytes();\n}\n",
        "class A {\n  void m(String u) throws Exception {\n    DriverManager.getConnection(u, \"app\", DB);\n  }\n  static final String DB = \"s3cr3t-value\";\n}\n",
        "class A {\n  Object PASSWORD = \"n0t-final-S3cret\";\n  final Key k = Keys.hmacShaKeyFor(PASSWORD);\n"
                + "  interface C { String PASSWORD = \"int3rface-S3cret\"; }\n}\n",
        // a char[] constant handed to KeyStore.load without toCharArray() at the call
        "class A {\n  private static final char[] STORE_CHARS = \"ch4ngeit-Store\".toCharArray();\n"
                + "  void m(KeyStore ks, InputStream in) throws Exception {\n    ks.load(in, STORE_CHARS);\n  }\n}\n",
        // one literal, two sinks: the call names it, as in a whole-file walk
        "class A {\n  private final char[] KEY = \"s3cr3t-Value9\".toCharArray();\n  Object f = new PBEKeySpec(KEY, salt, 1, 2);\n"
                + "  Object g = builder.signWith(KEY, KEY);\n}\n"})
    void aNameGivenItsLiteralAnywhereReachesTheSink(String source) {
        Path path = Path.of("A.java");
        List<String> whole = viaWholeFile(path, source).stream().sorted().toList();
        assertFalse(whole.isEmpty(), source);
        assertEquals(whole, viaFastPath(path, source).stream().sorted().toList());
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
