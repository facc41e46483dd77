package io.github.twelvefactor.rules.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.javaparser.ast.CompilationUnit;

import io.github.twelvefactor.source.JavaParsers;
import io.github.twelvefactor.source.SourceFile;

/**
 * {@link JavaSnippetTokens} judges sink members from tokens exactly as the tree walk judges them after a
 * whole-file parse, and hands every shape it cannot vouch for back to the parser.
 */
class JavaSnippetTokensTest {

    private static SourceFile file(String text) {
        return new SourceFile(Path.of("G.java"), "src/main/java/G.java", "G.java", text, new JavaParsers());
    }

    private static List<String> viaWholeFile(String text) {
        SourceFile file = file(text);
        CompilationUnit cu = file.java();
        assertNotNull(cu, "generated source parses:\n" + text);
        List<String> found = new ArrayList<>();
        JavaSecrets.check(List.of(cu), new SecretFindings(file, JavaFastPathTest.collect(found)));
        return found;
    }

    private static List<String> viaRule(String text) {
        List<String> found = new ArrayList<>();
        new HardcodedSecretRule().check(file(text), JavaFastPathTest.collect(found));
        return found;
    }

    /**
     * What the rule finds when the token judgement takes the plan's members (with the statements the
     * plan reads whole, as the rule judges them after), sorted; null when it hands them back to the parser.
     */
    private static List<String> viaTokens(String text) {
        JavaPrecheck.Plan plan = JavaPrecheck.plan(text);
        if (plan.wholeFile() || plan.snippets().isEmpty()) {
            return null;
        }
        List<String> found = new ArrayList<>();
        SecretFindings findings = new SecretFindings(file(text), JavaFastPathTest.collect(found));
        if (!JavaSnippetTokens.judge(text, plan.snippets(), findings)) {
            return null;
        }
        for (JavaPrecheck.Declared d : plan.declared()) {
            JavaSecrets.declared(d.name(), d.value(), d.line(), d.column(), findings);
        }
        return found.stream().sorted().toList();
    }

    private static List<String> sorted(List<String> findings) {
        return findings.stream().sorted().toList();
    }

    @Test
    void theTextbookCryptoKeyIsJudgedWithoutAParse() {
        String text = "class A {\n    private static final byte[] KEY = \"k3yMaterial42x\".getBytes();\n"
                + "    javax.crypto.spec.SecretKeySpec spec = new javax.crypto.spec.SecretKeySpec(KEY, \"AES\");\n}\n";
        assertEquals(List.of("2:39 Hardcoded secret passed to new SecretKeySpec: k3******** (14 chars)"), viaTokens(text));
        assertEquals(sorted(viaWholeFile(text)), sorted(viaRule(text)));
    }

    @Test
    void numbersCharsQualifiedNamesAndSuffixesAreRead() {
        String text = "class A {\n  static final String PW = \"s3cr3t-Value9\";\n"
                + "  final PBEKeySpec spec = new PBEKeySpec(PW.toCharArray(), SALT, 65536, 256);\n"
                + "  final Key k = io.jsonwebtoken.security.Keys.hmacShaKeyFor(\"j3t-S1gning-K3y\".getBytes(StandardCharsets.UTF_8));\n"
                + "  final Object c = 'c';\n}\n";
        List<String> tokens = viaTokens(text);
        assertNotNull(tokens);
        assertEquals(sorted(viaWholeFile(text)), tokens);
        assertEquals(2, tokens.size(), tokens::toString);
    }

    @ParameterizedTest(name = "parsed: {0}")
    @ValueSource(strings = {
        // the name is mentioned elsewhere too: a local or a parameter could shadow the constant
        "static final String K = \"s3cr3t-Value9\"; void m(String K) {} final SecretKeySpec s = new SecretKeySpec(K.getBytes(), \"AES\");",
        // not final: the tree walk does not take it as a constant; in an interface it would
        "static String K = \"s3cr3t-Value9\"; final SecretKeySpec s = new SecretKeySpec(K.getBytes(), \"AES\");",
        // an annotation, an escape, a concatenation, a call the walk reads as a literal, an anonymous body
        "@Deprecated static final String K = \"s3cr3t-Value9\"; final SecretKeySpec s = new SecretKeySpec(K.getBytes(), \"AES\");",
        "final SecretKeySpec s = new SecretKeySpec(\"s3cr3t\\tValue9\".getBytes(), \"AES\");",
        "final SecretKeySpec s = new SecretKeySpec((\"s3cr3t\" + \"-Value9\").getBytes(), \"AES\");",
        "final SecretKeySpec s = new SecretKeySpec(Base64.getDecoder().decode(\"czNjcjN0LVZhbHVlOQ==\"), \"AES\");",
        "final SecretKeySpec s = new SecretKeySpec(\"s3cr3t-Value9\".getBytes(), \"AES\") { };",
        "final Object o = props.put(\"password\", \"s3cr3t-Value9\");"})
    void otherShapesAreHandedToTheParser(String members) {
        String text = "class A {\n  " + members + "\n}\n";
        assertEquals(null, viaTokens(text), text);
        assertEquals(sorted(viaWholeFile(text)), sorted(viaRule(text)));
    }

    @Test
    void aSinkInAMethodTakingAConstantIsHandedToTheParser() {
        // the plan brings the whole method: a local could stand between the name and the constant
        String text = "class A {\n  static final String K = \"s3cr3t-Value9\";\n"
                + "  Key key() {\n    return new SecretKeySpec(K.getBytes(), \"AES\");\n  }\n}\n";
        assertEquals(null, viaTokens(text));
        assertEquals(sorted(viaWholeFile(text)), sorted(viaRule(text)));
    }

    @Test
    void aSinkStatementWithLiteralsIsJudgedWithoutAParse() {
        String text = "class A {\n  void m(Config config, DataSource ds) {\n    config.getCredentials().setSecret(\"0idc-S3cret\");\n"
                + "    ds.setPassword(\"d4tasource-S3cret\");\n    return;\n  }\n}\n";
        List<String> tokens = viaTokens(text);
        assertEquals(List.of("3:39 Hardcoded secret passed to setSecret(): 0i******** (11 chars)",
                "4:20 Hardcoded secret passed to setPassword(): d4******** (17 chars)"), tokens);
        assertEquals(sorted(viaWholeFile(text)), tokens);
    }

    /**
     * Generated classes of constants and sink members, with arguments of every kind the reader knows
     * and some it does not, names that are declared once, twice, not at all or shadowed, and final or
     * not: the rule (tokens where it can, the parser otherwise) finds exactly what a whole-file parse
     * finds, and the tokens do most of the work.
     */
    @Test
    void generatedMembersFindWhatTheWholeFileHolds() {
        String[] names = {"KEY", "SECRET", "PASSWORD", "API_TOKEN", "SALT", "jwtSecret", "ALGO"};
        String[] literals = {"\"k3yMaterial42x\"", "\"changeme\"", "\"AES\"", "\"s3cr3t-Value9\"", "\"\"",
            "\"a\\tb-S3cret\"", "\"password\"", "\"${JWT_SECRET}\""};
        String[] suffixes = {"", "", ".getBytes()", ".getBytes(StandardCharsets.UTF_8)", ".toCharArray()", ".trim()"};
        String[] modifiers = {"private static final ", "static final ", "private final ", "private static ", "public ",
            "final ", ""};
        String[] types = {"String", "byte[]", "char[]", "Object"};
        String[] sinks = {"new javax.crypto.spec.SecretKeySpec(ARG, \"AES\")", "new SecretKeySpec(ARG, 0, 16, \"AES\")",
            "new PBEKeySpec(ARG, salt, 65536, 256)", "new java.net.PasswordAuthentication(\"user\", ARG)",
            "new UsernamePasswordCredentials(\"user\", ARG)", "new Pbkdf2PasswordEncoder(ARG)", "Keys.hmacShaKeyFor(ARG)",
            "io.jsonwebtoken.security.Keys.hmacShaKeyFor(ARG)", "ds.setPassword(ARG)", "ks.load(null, ARG)",
            "builder.signWith(ARG, ARG)", "new String(ARG)", "new SecretKeySpec(ARG)", "new SecretKeySpec(ARG, \"AES\") { }",
            "cfg.getCredentials().setSecret(ARG)", "props.put(\"password\", ARG)"};
        Random rnd = new Random(20261129);
        int judgedByTokens = 0;
        int parsed = 0;
        int findings = 0;
        for (int n = 0; n < 1500; n++) {
            StringBuilder b = new StringBuilder("package p;\n\nclass G").append(n).append(" {\n");
            List<String> declared = new ArrayList<>();
            for (int c = 0, k = rnd.nextInt(3); c < k; c++) {
                String name = names[rnd.nextInt(names.length)];
                if (declared.contains(name)) {
                    continue; // two fields of one name do not compile
                }
                declared.add(name);
                b.append("    ").append(modifiers[rnd.nextInt(modifiers.length)]).append(types[rnd.nextInt(types.length)])
                        .append(' ').append(name).append(" = ").append(literals[rnd.nextInt(literals.length)])
                        .append(suffixes[rnd.nextInt(suffixes.length)]).append(";\n");
            }
            for (int s = 0, k = 1 + rnd.nextInt(2); s < k; s++) {
                String sink = sinks[rnd.nextInt(sinks.length)];
                while (sink.contains("ARG")) {
                    sink = sink.replaceFirst("ARG", java.util.regex.Matcher.quoteReplacement(argument(rnd, names, literals, suffixes, declared)));
                }
                b.append("    ").append(modifiers[rnd.nextInt(modifiers.length)]).append(types[rnd.nextInt(types.length)])
                        .append(" f").append(s).append(" = ").append(sink).append(";\n");
            }
            if (rnd.nextBoolean()) {
                // statements: a sink call alone, returned, or given to a local; a local constant
                String[] forms = {"SINK;", "Object o = SINK;", "final Object o = SINK;", "return SINK;",
                    "final char[] pw = LIT.toCharArray();"};
                b.append("    Object run(Object ds, Object cfg, Object builder, Object ks, Object salt) throws Exception {\n");
                for (int s = 0, k = 1 + rnd.nextInt(2); s < k; s++) {
                    String sink = sinks[rnd.nextInt(sinks.length)];
                    while (sink.contains("ARG")) {
                        sink = sink.replaceFirst("ARG", java.util.regex.Matcher.quoteReplacement(
                                argument(rnd, names, literals, suffixes, declared)));
                    }
                    b.append("        ").append(forms[rnd.nextInt(forms.length)].replace("SINK", sink)
                            .replace("LIT", literals[rnd.nextInt(literals.length)])).append('\n');
                }
                b.append("    }\n");
            }
            if (rnd.nextInt(6) == 0 && !declared.isEmpty()) {
                // a local of the same name, or an assignment: the constant is no longer the only one
                String name = declared.get(rnd.nextInt(declared.size()));
                b.append(rnd.nextBoolean() ? "    void m() { String " + name + " = \"l0cal-S3cret\"; }\n"
                        : "    void m() { " + name + " = \"r3assigned-S3cret\"; }\n");
            }
            if (rnd.nextInt(8) == 0) {
                b.append("    interface C { String ").append(names[rnd.nextInt(names.length)]).append(" = \"int3rface-S3cret\"; }\n");
            }
            b.append("}\n");
            String text = b.toString();
            List<String> whole = sorted(viaWholeFile(text));
            assertEquals(whole, sorted(viaRule(text)), text);
            List<String> tokens = viaTokens(text);
            if (tokens != null) {
                assertEquals(whole, tokens, text);
                judgedByTokens++;
            } else {
                parsed++;
            }
            findings += whole.size();
        }
        assertTrue(judgedByTokens > 300, "classes judged from tokens: " + judgedByTokens);
        assertTrue(parsed > 300, "classes handed to the parser: " + parsed);
        assertTrue(findings > 400, "findings: " + findings);
    }

    private static String argument(Random rnd, String[] names, String[] literals, String[] suffixes, List<String> declared) {
        return switch (rnd.nextInt(9)) {
            case 0, 1 -> literals[rnd.nextInt(literals.length)] + suffixes[rnd.nextInt(suffixes.length)];
            case 2, 3 -> (declared.isEmpty() || rnd.nextInt(4) == 0 ? names[rnd.nextInt(names.length)]
                    : declared.get(rnd.nextInt(declared.size()))) + suffixes[rnd.nextInt(suffixes.length)];
            case 4 -> "Other." + names[rnd.nextInt(names.length)];
            case 5 -> "this." + names[rnd.nextInt(names.length)];
            case 6 -> rnd.nextBoolean() ? "'c'" : "42";
            case 7 -> rnd.nextBoolean() ? "-1" : "cfg.get()";
            default -> names[rnd.nextInt(names.length)] + " + \"x\"";
        };
    }

    @Test
    void nothingIsReportedWhenTheMembersAreHandedBack() {
        // the first member is read, the second is not: nothing may be reported before the parser runs
        String text = "class A {\n  final SecretKeySpec s = new SecretKeySpec(\"s3cr3t-Value9\".getBytes(), \"AES\");\n"
                + "  final SecretKeySpec t = new SecretKeySpec((\"s3cr3t\" + \"-Value9\").getBytes(), \"AES\");\n}\n";
        JavaPrecheck.Plan plan = JavaPrecheck.plan(text);
        List<String> found = new ArrayList<>();
        assertFalse(JavaSnippetTokens.judge(text, plan.snippets(), new SecretFindings(file(text), JavaFastPathTest.collect(found))));
        assertTrue(found.isEmpty(), found::toString);
        assertEquals(sorted(viaWholeFile(text)), sorted(viaRule(text)));
    }
}
