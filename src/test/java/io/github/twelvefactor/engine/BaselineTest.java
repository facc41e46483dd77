package io.github.twelvefactor.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline file and its verdicts, on real audits with the real rules: the file is stable and
 * holds no secret, its fingerprints survive lines moving and edits elsewhere, and a broken file
 * fails with a message that names it.
 */
class BaselineTest {
    private static final String SECRET = "Sup3rS3cretValue";
    private static final String PROPS = "src/main/resources/application.properties";

    private static AuditResult audit(Path dir) throws IOException {
        return new Auditor(RuleCatalog.load()).audit(AuditRequest.of(dir));
    }

    private static void write(Path dir, String... lines) throws IOException {
        Path file = dir.resolve(PROPS);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    private static List<Finding> of(AuditResult r, String ruleId) {
        return r.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void roundTripKeepsEveryEntryAndTheBytesDoNotDependOnOrder(@TempDir Path dir) throws IOException {
        write(dir, "spring.datasource.url=jdbc:postgresql://db.internal:5432/shop",
                "spring.datasource.password=" + SECRET, "server.port=8080", "logging.file.name=/var/log/app.log");
        AuditResult r = audit(dir);
        assertTrue(r.findings().size() >= 3, "fixture must raise several findings: " + r.findings());

        Baseline b = Baseline.of(r.findings());
        Path file = dir.resolve(Baseline.FILE_NAME);
        b.write(file);
        Baseline back = Baseline.read(file);
        assertEquals(b.entries(), back.entries());
        assertEquals(r.findings().size(), back.entries().size());
        assertArrayEquals(Files.readAllBytes(file), back.toBytes(), "read then written again gives the same bytes");

        List<Finding> shuffled = new ArrayList<>(r.findings());
        Collections.reverse(shuffled);
        assertArrayEquals(b.toBytes(), Baseline.of(shuffled).toBytes(), "order of findings must not matter");
    }

    @Test
    void fileIsOneEntryPerLineWithoutLineNumbersOrTimes(@TempDir Path dir) throws IOException {
        write(dir, "spring.datasource.password=" + SECRET, "server.port=8080");
        AuditResult r = audit(dir);
        String text = new String(Baseline.of(r.findings()).toBytes(), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertEquals("{", lines.get(0));
        assertEquals("  \"version\": 1,", lines.get(1));
        assertEquals("  \"entries\": [", lines.get(2));
        assertEquals("}", lines.get(lines.size() - 1));
        List<String> entryLines = lines.subList(3, lines.size() - 2);
        assertEquals(r.findings().size(), entryLines.size(), text);
        for (String l : entryLines) {
            assertTrue(l.startsWith("    {\"fingerprint\":\""), l);
            assertFalse(l.contains("\"line\""), l);
        }
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("}\n"));
    }

    @Test
    void baselineNeverHoldsTheSecret(@TempDir Path dir) throws IOException {
        write(dir, "spring.datasource.password=" + SECRET, "app.api-token=" + SECRET);
        AuditResult r = audit(dir);
        assertFalse(of(r, "hardcoded-secret").isEmpty(), "fixture must raise hardcoded-secret: " + r.findings());
        String text = new String(Baseline.of(r.findings()).toBytes(), StandardCharsets.UTF_8);
        assertTrue(text.contains("spring.datasource.password="), "the hint names the line: " + text);
        assertFalse(text.contains(SECRET), text);
        assertFalse(text.contains(SECRET.substring(2)), text);
    }

    @Test
    void fingerprintsSurviveLinesMovingAndEditsElsewhere(@TempDir Path dir) throws IOException {
        write(dir, "server.port=8080", "spring.datasource.password=" + SECRET, "logging.file.name=/var/log/app.log");
        AuditResult before = audit(dir);
        Baseline b = Baseline.of(before.findings());

        List<String> moved = new ArrayList<>();
        moved.add("# a comment added on top");
        moved.add("spring.application.name=shop");
        for (int i = 0; i < 10; i++) {
            moved.add("app.setting" + i + "=value" + i);
        }
        moved.add("logging.file.name=/var/log/app.log");
        moved.add("server.port=8080");
        moved.add("spring.datasource.password=" + SECRET);
        write(dir, moved.toArray(String[]::new));
        AuditResult after = b.apply(audit(dir));

        assertEquals(before.findings().size(), after.findings().size(), after.findings().toString());
        assertTrue(after.findings().stream().allMatch(after::isBaselined), after.findings().toString());
        assertEquals(List.of(), after.fixedBaselineEntries());
        assertEquals(0, after.failing(Severity.INFO));
        assertTrue(after.baselineApplied());
    }

    @Test
    void newFindingIsNewAndAFixedOneIsListed(@TempDir Path dir) throws IOException {
        write(dir, "spring.datasource.password=" + SECRET, "logging.file.name=/var/log/app.log");
        AuditResult before = audit(dir);
        assertEquals(1, of(before, "file-logging").size(), before.findings().toString());
        Baseline b = Baseline.of(before.findings());

        // file logging fixed; a second secret added
        write(dir, "spring.datasource.password=" + SECRET, "app.mail.password=An0therS3cret!");
        AuditResult after = b.apply(audit(dir));

        List<Finding> fresh = after.findings().stream().filter(f -> !after.isBaselined(f)).toList();
        assertEquals(1, fresh.size(), fresh.toString());
        assertEquals(2, fresh.get(0).line());
        assertEquals("hardcoded-secret", fresh.get(0).ruleId());
        assertEquals(1, after.failing(Severity.ERROR));
        assertEquals(1, after.fixedBaselineEntries().size(), after.fixedBaselineEntries().toString());
        assertTrue(after.fixedBaselineEntries().get(0).startsWith("file-logging in " + PROPS),
                after.fixedBaselineEntries().get(0));
    }

    @Test
    void anEmptyBaselineStillMarksEveryFindingNew(@TempDir Path dir) throws IOException {
        write(dir, "spring.datasource.password=" + SECRET);
        Path file = dir.resolve(Baseline.FILE_NAME);
        Baseline.of(List.of()).write(file);
        assertEquals("{\n  \"version\": 1,\n  \"entries\": []\n}\n", Files.readString(file));
        AuditResult r = Baseline.read(file).apply(audit(dir));
        assertTrue(r.baselineApplied());
        assertEquals(0, r.baselinedCount());
        assertTrue(r.failing(Severity.ERROR) > 0);
    }

    @Test
    void malformedFilesFailWithAMessageNamingTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(Baseline.FILE_NAME);
        List<String> bad = List.of("", "{ not json", "[]", "{\"version\": 1}", "{\"version\": 2, \"entries\": []}",
                "{\"version\": 1, \"entries\": [{\"ruleId\": \"x\", \"path\": \"p\"}]}",
                "{\"version\": 1, \"entries\": [\"abc\"]}", "{\"version\": 1, \"entries\": []} trailing");
        for (String content : bad) {
            Files.writeString(file, content);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Baseline.read(file),
                    content);
            assertTrue(e.getMessage().contains("malformed baseline file " + file), e.getMessage());
            assertTrue(e.getMessage().contains("twelvefactor:baseline"), e.getMessage());
        }
        Files.writeString(file, "{ not json");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Baseline.read(file)).getMessage()
                .contains("not valid JSON at line 1"));
    }
}
