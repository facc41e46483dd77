package io.github.twelvefactor.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.twelvefactor.report.ConsoleReport;
import io.github.twelvefactor.report.RecordingSink;
import io.github.twelvefactor.report.ReportWriter;
import io.github.twelvefactor.source.SourceFile;

/**
 * Secrets planted in broken files of every kind, and a rule that throws with the file's text in its
 * message: no finding, file issue, report or console line may show a secret in clear.
 */
class SecretsUnderFailureTest {

    /** Throws on every file, carrying the file's whole text (and so the secret) in its message. */
    @RuleDefinition(id = "test-leaky-throw", factor = Factor.III, severity = Severity.ERROR, summary = "t",
            remediation = "r")
    static final class LeakyThrowingRule implements FileRule {
        @Override
        public boolean accepts(SourceFile file) {
            return true;
        }

        @Override
        public void check(SourceFile file, Reporter out) {
            throw new IllegalStateException("cannot read " + file.text());
        }
    }

    @Test
    void brokenFilesAndFailingRulesNeverShowASecret(@TempDir Path tmp) throws IOException {
        String secret = "FuzzSecret-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        Path dir = Files.createDirectories(tmp.resolve("module"));
        write(dir, "src/main/resources/application.yml", "spring:\n  datasource:\n    password: " + secret
                + "\n  broken: [unclosed\n   - : :\n");
        write(dir, "src/main/resources/application.properties", "spring.datasource.password=" + secret + "\n"
                + "broken=\\u12\nkey\\\n");
        write(dir, "src/main/resources/logback.xml", "<configuration><password>" + secret
                + "</password><appender name=\"x\"></configuration");
        write(dir, "pom.xml", "<project><properties><db.password>" + secret + "</db.password></properties>"
                + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;");
        write(dir, "src/main/java/demo/App.java", "package demo;\nclass App {\n  String password = \"" + secret
                + "\";\n  void broken( {\n");
        write(dir, "docker-compose.yml", "services:\n  db:\n    environment:\n      password: " + secret
                + "\n    ports: [\"5432\n");
        write(dir, ".env", "PASSWORD=" + secret + "\nBROKEN='unclosed\n");
        write(dir, "Dockerfile", "FROM x\nENV PASSWORD=" + secret + " \\\n");
        write(dir, "config.json", "{\"password\": \"" + secret + "\", [\n");

        List<Rule> rules = new ArrayList<>(RuleCatalog.load().rules());
        rules.add(new LeakyThrowingRule());
        RuleCatalog catalog = RuleCatalog.of(rules);
        AuditResult result = new Auditor(catalog).audit(AuditRequest.of(dir));

        StringBuilder all = new StringBuilder();
        for (Finding f : result.findings()) {
            all.append(f.message()).append('\n').append(f.snippet()).append('\n').append(f.remediation()).append('\n');
        }
        for (FileIssue i : result.fileIssues()) {
            all.append(i.path()).append(' ').append(i.reason()).append('\n');
        }
        Path out = tmp.resolve("reports");
        List<Path> written = ReportWriter.write(Set.of("sarif", "json", "html"), out, result,
                catalog.configure(Map.of()), dir, "0-test", "module");
        for (Path p : written) {
            all.append(Files.readString(p)).append('\n');
        }
        RecordingSink sink = new RecordingSink();
        ConsoleReport.render(result, Severity.INFO, sink);
        List<String> console = sink.all;
        console.forEach(l -> all.append(l).append('\n'));

        // The audit did meet the secrets and the failures: otherwise this test would prove nothing.
        assertTrue(written.size() == 3 && !console.isEmpty(), "reports and console were written");
        assertTrue(result.fileIssues().stream().filter(i -> i.kind() == FileIssue.Kind.INTERNAL_ERROR).count() >= 9,
                "the throwing rule failed on every file: " + result.fileIssues().size() + " issues");
        assertTrue(result.findings().stream().anyMatch(f -> f.path().endsWith("application.properties")),
                "the secret in the properties file was found");
        String text = all.toString();
        String tail = secret.substring("FuzzSecret-".length());
        assertFalse(text.contains(secret) || text.contains(tail),
                "a planted secret (" + Redaction.mask(secret) + ") appears in clear in the output");
    }

    private static void write(Path dir, String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
