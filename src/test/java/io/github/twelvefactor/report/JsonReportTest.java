package io.github.twelvefactor.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.twelvefactor.engine.AuditResult;
import io.github.twelvefactor.engine.FileIssue;
import io.github.twelvefactor.engine.Finding;

class JsonReportTest {
    @TempDir
    Path tmp;

    private byte[] write(ReportContext context) throws Exception {
        return JsonTrees.bytes(out -> new JsonReport().write(context, out));
    }

    @Test
    void summaryCountsWhatTheResultHolds() throws Exception {
        JsonNode summary = JsonTrees.tree(write(Samples.context(tmp))).get("summary");

        assertEquals(6, summary.get("findings").asInt());
        assertEquals(3, summary.get("errors").asInt());
        assertEquals(2, summary.get("warnings").asInt());
        assertEquals(1, summary.get("info").asInt());
        assertEquals(2, summary.get("suppressed").asInt());
        assertEquals(42, summary.get("filesScanned").asInt());
        assertEquals(5, summary.get("filesWithFindings").asInt());
        assertEquals(1234, summary.get("millis").asLong());
    }

    @Test
    void findingsCarryEveryFieldSortedByPlace() throws Exception {
        JsonNode json = JsonTrees.tree(write(Samples.context(tmp)));

        assertEquals("twelvefactor-maven-plugin", json.at("/tool/name").asText());
        assertEquals(Samples.VERSION, json.at("/tool/version").asText());
        JsonNode findings = json.get("findings");
        List<String> places = new ArrayList<>();
        findings.forEach(f -> places.add(f.get("path").asText() + ":" + f.get("line").asInt()));
        assertEquals(List.of(Samples.ODD_PATH + ":3", "pom.xml:0", "pom.xml:41",
                "src/main/java/com/acme/Boot.java:12", "src/main/resources/application.properties:1",
                "src/main/resources/logback.xml:7"), places);

        JsonNode secret = findings.get(0);
        Finding expected = Samples.findings().get(0);
        assertEquals("hardcoded-secret", secret.get("ruleId").asText());
        assertEquals("III", secret.get("factor").asText());
        assertEquals("Config", secret.get("factorTitle").asText());
        assertEquals("error", secret.get("severity").asText());
        assertEquals(Samples.ODD_PATH, secret.get("path").asText(), "non-ASCII and spaces survive as UTF-8");
        assertEquals(17, secret.get("column").asInt());
        assertEquals(expected.message(), secret.get("message").asText());
        assertEquals(expected.remediation(), secret.get("remediation").asText());
        assertEquals("https://12factor.net/config", secret.get("helpUri").asText());
        assertEquals("db.password=s3******** (12 chars)", secret.get("snippet").asText());
        assertEquals(expected.fingerprint(), secret.get("fingerprint").asText());
        assertEquals(32, expected.fingerprint().length(), "the sample carries real fingerprints");

        JsonNode snapshot = findings.get(2);
        assertEquals(0, snapshot.get("column").asInt(), "an unknown column stays 0, as the engine gives it");
        assertEquals("info", findings.get(3).get("severity").asText(), "severity ids, not SARIF levels");
    }

    @Test
    void fileIssuesAreListedWithTheirKindLabel() throws Exception {
        JsonNode issues = JsonTrees.tree(write(Samples.context(tmp))).get("fileIssues");

        List<String> lines = new ArrayList<>();
        issues.forEach(i -> lines.add(i.get("path").asText() + " | " + i.get("kind").asText() + " | "
                + i.get("reason").asText()));
        assertEquals(List.of("lib/vendor.bin | skipped | binary file",
                "src/main/java/com/acme/Boot.java | internal error | rule env-name-branching failed: NullPointerException",
                "src/main/resources/broken.yml | unparsable | YAML syntax error at line 4, column 3",
                "src/main/resources/latin1.properties | notice | not UTF-8, read as ISO-8859-1"), lines);
    }

    @Test
    void emitsExactlyTheDocumentedFields() throws Exception {
        Set<String> expected = new TreeSet<>(List.of("tool", "tool.name", "tool.version", "summary", "findings",
                "fileIssues", "fileIssues[].path", "fileIssues[].kind", "fileIssues[].reason"));
        Stream.of("findings", "errors", "warnings", "info", "suppressed", "filesScanned", "filesWithFindings",
                "millis").forEach(f -> expected.add("summary." + f));
        Stream.of("ruleId", "factor", "factorTitle", "severity", "path", "line", "column", "message", "remediation", "helpUri",
                "snippet", "fingerprint").forEach(f -> expected.add("findings[]." + f));

        assertEquals(expected, JsonTrees.fieldPaths(JsonTrees.tree(write(Samples.context(tmp)))));
    }

    @Test
    void sameResultGivesTheSameBytesWhateverTheInputOrder() throws Exception {
        AuditResult r = Samples.result();
        List<Finding> shuffled = new ArrayList<>(r.findings());
        Collections.reverse(shuffled);
        List<FileIssue> issues = new ArrayList<>(r.fileIssues());
        Collections.reverse(issues);
        AuditResult reordered = new AuditResult(shuffled, r.suppressed(), issues, r.filesScanned(), r.millis());

        byte[] first = write(Samples.context(tmp));
        assertArrayEquals(first, write(Samples.context(tmp)));
        assertArrayEquals(first, write(new ReportContext(Samples.VERSION, tmp, "app", Samples.rules(), reordered)));
    }

    @Test
    void onlyTheTimingDiffersBetweenTwoRunsOfTheSameTree() throws Exception {
        AuditResult r = Samples.result();
        AuditResult slower = new AuditResult(r.findings(), r.suppressed(), r.fileIssues(), r.filesScanned(), 98765);

        List<String> a = new String(write(Samples.context(tmp)), StandardCharsets.UTF_8).lines().toList();
        List<String> b = new String(write(new ReportContext(Samples.VERSION, tmp, "app", Samples.rules(), slower)),
                StandardCharsets.UTF_8).lines().toList();

        assertEquals(a.size(), b.size());
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                differing.add(a.get(i).strip() + " / " + b.get(i).strip());
            }
        }
        assertEquals(List.of("\"millis\": 1234 / \"millis\": 98765"), differing);
    }

    @Test
    void writesUtf8WithUnixLineEndsAndAFinalNewline() throws Exception {
        byte[] bytes = write(Samples.context(tmp));
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertTrue(text.contains("\"path\": \"" + Samples.ODD_PATH + "\""), "unescaped UTF-8 with ': ' spacing");
        assertTrue(!text.contains("\r"), "no CR whatever the platform");
        assertTrue(text.endsWith("}\n"));
    }

    @Test
    void writeToCreatesTheFolderAndReplacesAnOldReport() throws Exception {
        Path dir = tmp.resolve("target/twelvefactor");
        Path first = new JsonReport().writeTo(Samples.context(tmp), dir);
        Files.writeString(first, "stale");

        Path again = new JsonReport().writeTo(Samples.context(tmp), dir);

        assertEquals(dir.resolve("twelvefactor.json"), again);
        assertArrayEquals(write(Samples.context(tmp)), Files.readAllBytes(again));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(again), files.toList(), "no temporary file is left behind");
        }
    }
}
