package io.github.twelvefactor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress on big trees: throttled, never about the last file (the summary says that). */
class AuditorProgressTest {

    private static void files(Path dir, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            Files.writeString(dir.resolve("f" + i + ".txt"), "line " + i + "\n");
        }
    }

    @Test
    void withoutThrottleEveryFileButTheLastIsCounted(@TempDir Path dir) throws IOException {
        files(dir, 12);
        List<String> lines = new CopyOnWriteArrayList<>();
        AuditResult r = new Auditor(RuleCatalog.of(List.of())).withProgress(lines::add, 0).audit(AuditRequest.of(dir));
        assertEquals(12, r.filesScanned());
        assertFalse(lines.isEmpty());
        assertTrue(lines.size() <= 11, lines.toString());
        assertTrue(lines.stream().allMatch(l -> l.matches("twelvefactor: \\d+ of 12 files audited")), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("twelvefactor: 12 of")), lines.toString());
    }

    @Test
    void aSmallTreeAuditedWithinTheIntervalSaysNothing(@TempDir Path dir) throws IOException {
        files(dir, 12);
        List<String> lines = new CopyOnWriteArrayList<>();
        new Auditor(RuleCatalog.of(List.of())).withProgress(lines::add, Auditor.PROGRESS_INTERVAL_NANOS)
                .audit(AuditRequest.of(dir));
        assertEquals(List.of(), lines);
    }
}
