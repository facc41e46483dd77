package io.github.twelvefactor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.twelvefactor.source.SourceFile;

/** The engine's mechanics with tiny test rules: scope, suppression, isolation, redaction, order. */
class AuditorTest {

    /** Reports every line that contains "BAD", masking the word after it as a secret. */
    @RuleDefinition(id = "test-bad", factor = Factor.III, severity = Severity.ERROR, summary = "bad", remediation = "fix")
    static final class BadRule implements FileRule {
        @Override
        public boolean accepts(SourceFile file) {
            return true;
        }

        @Override
        public void check(SourceFile file, Reporter out) {
            String[] lines = file.lines();
            for (int i = 0; i < lines.length; i++) {
                int at = lines[i].indexOf("BAD ");
                if (at >= 0) {
                    String secret = lines[i].substring(at + 4).split("\\s")[0];
                    out.reportSecret(i + 1, at + 1, "bad value " + Redaction.mask(secret) + " raw:" + secret, secret);
                }
            }
        }
    }

    @RuleDefinition(id = "test-throws", factor = Factor.XI, severity = Severity.WARNING, summary = "t", remediation = "r")
    static final class ThrowingRule implements FileRule {
        @Override
        public boolean accepts(SourceFile file) {
            return file.path().endsWith(".boom");
        }

        @Override
        public void check(SourceFile file, Reporter out) {
            throw new IllegalStateException("secret-in-exception BAD xyzzy");
        }
    }

    /** Spins on a file named *.slow, as a pathological input would, for up to eight seconds. */
    @RuleDefinition(id = "test-slow", factor = Factor.XI, severity = Severity.WARNING, summary = "s", remediation = "r")
    static final class SlowRule implements FileRule {
        @Override
        public boolean accepts(SourceFile file) {
            return file.path().endsWith(".slow");
        }

        @Override
        public void check(SourceFile file, Reporter out) {
            long end = System.nanoTime() + 8_000_000_000L;
            long spin = 0;
            while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
                spin++; // busy, like a regex backtracking without end
            }
            out.report(1, 1, "finished after " + spin + " spins");
        }
    }

    @Test
    void aFileOverItsTimeBudgetIsStoppedAndNamedAndTheRestIsAudited(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.slow"), "x\n");
        Files.writeString(dir.resolve("b.txt"), "BAD alpha\n");
        Files.writeString(dir.resolve("c.txt"), "BAD beta\n");
        RuleCatalog catalog = RuleCatalog.of(List.of(new BadRule(), new SlowRule()));
        long t0 = System.nanoTime();
        AuditResult r = new Auditor(catalog).withFileBudget(1_000_000_000L).audit(AuditRequest.of(dir));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(millis < 6000, "the audit waited for the slow file: " + millis + " ms");
        assertEquals(List.of(new FileIssue("a.slow", FileIssue.Kind.SKIPPED,
                "stopped after 1 s while running rule test-slow: the rest of the audit went on")), r.fileIssues());
        assertEquals(List.of("b.txt", "c.txt"), r.findings().stream().map(Finding::path).toList());
    }

    private static AuditResult audit(Path dir, Map<String, String> settings, boolean tests) throws IOException {
        RuleCatalog catalog = RuleCatalog.of(List.of(new BadRule(), new ThrowingRule()));
        return new Auditor(catalog).audit(AuditRequest.of(dir).withRuleSettings(settings).withIncludeTests(tests));
    }

    private static void write(Path dir, String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static String summary(AuditResult r) {
        return r.findings().stream().map(f -> f.path() + ":" + f.line() + ":" + f.ruleId()).collect(Collectors.joining(" "));
    }

    @Test
    void findsSortsAndRedacts(@TempDir Path dir) throws IOException {
        write(dir, "b.txt", "ok\nBAD hunter22\n");
        write(dir, "a/c.txt", "BAD s3cretvalue and more\n");
        AuditResult r = audit(dir, Map.of(), false);
        assertEquals("a/c.txt:1:test-bad b.txt:2:test-bad", summary(r));
        Finding f = r.findings().get(0);
        assertEquals("bad value s3******** (11 chars) raw:s3******** (11 chars)", f.message());
        assertEquals("BAD s3******** (11 chars) and more", f.snippet());
        assertEquals(32, f.fingerprint().length());
        assertEquals(2, r.filesScanned());
    }

    @Test
    void skipsBuildGitAndTestFoldersAndBinaryFiles(@TempDir Path dir) throws IOException {
        write(dir, "target/x.txt", "BAD one1\n");
        write(dir, "node_modules/m/x.txt", "BAD two2\n");
        write(dir, ".mvn/wrapper/maven-wrapper.properties", "BAD three\n");
        write(dir, "src/test/resources/t.txt", "BAD four\n");
        write(dir, "img.png", "BAD five\n");
        Files.write(dir.resolve("data.yml"), new byte[] {'B', 'A', 'D', ' ', 0, 1, 2});
        AuditResult r = audit(dir, Map.of(), false);
        assertEquals("", summary(r));
        assertEquals(List.of(new FileIssue("data.yml", FileIssue.Kind.SKIPPED, "binary content")), r.fileIssues());
        assertEquals("src/test/resources/t.txt:1:test-bad", summary(audit(dir, Map.of(), true)));
    }

    @Test
    void honoursGitignoreOutsideAGitWorkTree(@TempDir Path dir) throws IOException {
        write(dir, ".gitignore", "*.log\nbuild/\n!keep.log\n");
        write(dir, "app.log", "BAD a1\n");
        write(dir, "keep.log", "BAD b2\n");
        write(dir, "build/x.txt", "BAD c3\n");
        write(dir, "sub/.gitignore", "secret.txt\n");
        write(dir, "sub/secret.txt", "BAD d4\n");
        write(dir, "sub/other.txt", "BAD e5\n");
        assertEquals("keep.log:1:test-bad sub/other.txt:1:test-bad", summary(audit(dir, Map.of(), false)));
    }

    @Test
    void largeFilesAreNamedNotDropped(@TempDir Path dir) throws IOException {
        write(dir, "big.txt", "x".repeat(2 * 1024 * 1024));
        AuditResult r = audit(dir, Map.of(), false);
        assertEquals(1, r.fileIssues().size());
        assertEquals(FileIssue.Kind.SKIPPED, r.fileIssues().get(0).kind());
        assertTrue(r.fileIssues().get(0).reason().startsWith("larger than 1024 KiB"));
    }

    @Test
    void suppressionCommentsOnTheLineOrAbove(@TempDir Path dir) throws IOException {
        write(dir, "s.txt", "BAD a1 # twelvefactor:ignore\n# twelvefactor:ignore test-bad\nBAD b2\n"
                + "# twelvefactor:ignore other-rule\nBAD c3\n# twelvefactor:ignore-not\nBAD d4\n");
        AuditResult r = audit(dir, Map.of(), false);
        assertEquals("s.txt:5:test-bad s.txt:7:test-bad", summary(r));
        assertEquals(2, r.suppressed());
    }

    @Test
    void suppressWarningsOnJavaMembers(@TempDir Path dir) throws IOException {
        write(dir, "src/main/java/A.java", "class A {\n  @SuppressWarnings(\"twelvefactor:test-bad\")\n"
                + "  String a = \"BAD a1\";\n  @SuppressWarnings({\"unchecked\", \"twelvefactor:other\"})\n"
                + "  String b = \"BAD b2\";\n  @SuppressWarnings(\"twelvefactor\")\n  void m() {\n    String c = \"BAD c3\";\n  }\n}\n");
        assertEquals("src/main/java/A.java:5:test-bad", summary(audit(dir, Map.of(), false)));
    }

    @Test
    void aThrowingRuleIsConfinedToItsFileAndLeaksNothing(@TempDir Path dir) throws IOException {
        write(dir, "x.boom", "BAD z9zz\n");
        write(dir, "y.txt", "BAD y8yy\n");
        AuditResult r = audit(dir, Map.of(), false);
        assertEquals("x.boom:1:test-bad y.txt:1:test-bad", summary(r));
        assertEquals(1, r.fileIssues().size());
        FileIssue issue = r.fileIssues().get(0);
        assertEquals(FileIssue.Kind.INTERNAL_ERROR, issue.kind());
        assertEquals("rule test-throws failed: IllegalStateException", issue.reason());
    }

    @Test
    void ruleSettingsChangeSeverityOrTurnOff(@TempDir Path dir) throws IOException {
        write(dir, "y.txt", "BAD y8yy\n");
        assertEquals(Severity.INFO, audit(dir, Map.of("test-bad", "INFO"), false).findings().get(0).severity());
        assertEquals("", summary(audit(dir, Map.of("test-bad", "off"), false)));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> audit(dir, Map.of("no-such-rule", "off"), false));
        assertEquals("Unknown rule id 'no-such-rule' in <rules>. Known rule ids: test-bad, test-throws", unknown.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> audit(dir, Map.of("test-bad", "fatal"), false));
        assertEquals("Invalid severity 'fatal' for rule test-bad in <rules>. Accepted: error, warning, info, off",
                bad.getMessage());
    }

    @Test
    void fingerprintsSurviveLinesMovingAndCountOccurrences(@TempDir Path dir) throws IOException {
        write(dir, "f.txt", "BAD a1\nBAD a1\n");
        List<String> before = audit(dir, Map.of(), false).findings().stream().map(Finding::fingerprint).toList();
        write(dir, "f.txt", "\n\n\nBAD a1\n\nBAD a1\n");
        List<String> after = audit(dir, Map.of(), false).findings().stream().map(Finding::fingerprint).toList();
        assertEquals(before, after);
        assertFalse(before.get(0).equals(before.get(1)), "two occurrences must differ");
    }

    /** Reports at every binary file it is shown, and at a path that names no file of the module. */
    @RuleDefinition(id = "test-binary", factor = Factor.II, severity = Severity.WARNING, summary = "b", remediation = "r")
    static final class BinaryPathRule implements ProjectRule {
        @Override
        public void check(ModuleView module, ProjectReporter out) {
            for (String path : module.binaryFiles()) {
                out.atPath(path).report(1, 0, "binary " + path);
            }
            out.atPath("notes.txt").report(2, 0, "a read file, by its path");
            out.atPath("no/such.jar").report(1, 0, "never");
        }
    }

    @Test
    void projectRulesReportOnBinaryFilesByPath(@TempDir Path dir) throws IOException {
        write(dir, "lib/a.jar", "not really a jar");
        write(dir, "sub/b.png", "not really a png");
        write(dir, "src/test/resources/t.jar", "test jar");
        write(dir, "target/built.jar", "build output");
        write(dir, "notes.txt", "one\ntwo # twelvefactor:ignore\n");
        RuleCatalog catalog = RuleCatalog.of(List.of(new BinaryPathRule()));
        AuditResult r = new Auditor(catalog).audit(AuditRequest.of(dir));
        assertEquals("lib/a.jar:1:test-binary sub/b.png:1:test-binary", summary(r));
        Finding jar = r.findings().get(0);
        assertEquals("binary lib/a.jar", jar.message());
        assertEquals("", jar.snippet());
        assertEquals(32, jar.fingerprint().length());
        assertEquals(1, r.suppressed(), "a read file reached by path still honours its suppression comment");
        // the unknown path throws: the rule is stopped there and named, the findings before it stay
        assertEquals(List.of(new FileIssue("", FileIssue.Kind.INTERNAL_ERROR,
                "rule test-binary failed: IllegalArgumentException")), r.fileIssues());
        AuditResult withTests = new Auditor(catalog).audit(AuditRequest.of(dir).withIncludeTests(true));
        assertEquals("lib/a.jar:1:test-binary src/test/resources/t.jar:1:test-binary sub/b.png:1:test-binary",
                summary(withTests));
    }

    @Test
    void aLambdaProjectReporterStillCompilesAndRefusesPaths() {
        ProjectReporter onlyFiles = file -> null;
        assertThrows(UnsupportedOperationException.class, () -> onlyFiles.atPath("lib/a.jar"));
        assertEquals(List.of(), new ModuleView(List.of(), null, null).binaryFiles());
    }

    @Test
    void nonUtf8FilesAreReadAsLatin1WithANotice(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("l.properties"), "k=caf\u00e9 BAD x1y2\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        AuditResult r = audit(dir, Map.of(), false);
        assertEquals("l.properties:1:test-bad", summary(r));
        assertEquals(FileIssue.Kind.NOTICE, r.fileIssues().get(0).kind());
    }

    @Test
    void shortSecretsAreMaskedInSnippetsWithoutGarblingKeyNamesInMessages() {
        assertEquals("Hardcoded secret in 'stringData.password': **** (4 chars)",
                Redaction.scrubMessage("Hardcoded secret in 'stringData.password': **** (4 chars)", "pass"));
        assertEquals("value **** (4 chars) here", Redaction.scrubMessage("value pass here", "pass"));
        assertEquals("password: \"**** (4 chars)\"", Redaction.scrubMessage("password: \"pass\"", "pass"));
        assertEquals("key=lo******** (12 chars)", Redaction.scrubMessage("key=longsecret12", "longsecret12"));
        assertEquals("Hardcoded secret in 'key-store-password': pa******** (8 chars)",
                Redaction.scrubMessage("Hardcoded secret in 'key-store-password': pa******** (8 chars)", "password"));
        String snippet = Redaction.scrubSnippet("key-store-password: password", "password");
        assertFalse(snippet.contains("password"), snippet);
    }
}
