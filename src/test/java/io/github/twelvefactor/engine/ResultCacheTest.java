package io.github.twelvefactor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental cache: a cached audit reports exactly what a fresh one does, never what the
 * files no longer say, survives any damage to its file, and holds no secret in clear.
 */
class ResultCacheTest {
    private static final String DB_SECRET = "Zq8" + "vLw2pX9rT4mK";
    private static final String YAML_SECRET = "Hy6" + "nB3cV7xZ1qW0";

    @TempDir
    Path dir;
    Path cache;
    final RuleCatalog catalog = RuleCatalog.load();

    @BeforeEach
    void tree() throws IOException {
        cache = dir.resolve("target/twelvefactor/" + ResultCache.FILE_NAME);
        write("src/main/resources/application.properties", "db.password=" + DB_SECRET + "\nserver.port=8080\n"
                + "# twelvefactor:ignore\nspring.datasource.password=" + DB_SECRET + "x\n");
        write("src/main/resources/application-prod.yml", "spring:\n  datasource:\n    password: " + YAML_SECRET
                + "\n    url: jdbc:postgresql://db.internal:5432/shop\n");
        write("src/main/resources/broken.yml", "a: [unclosed\n  b: {\n");
        write("src/main/java/com/example/App.java", "package com.example;\nclass App {\n"
                + "  void stop() { System.exit(1); }\n}\n");
        write("src/main/java/com/example/Broken.java", "class Broken { void x( {\n");
        write("src/main/resources/logback.xml", "<configuration><appender name=\"F\" class=\"ch.qos.logback.core.FileAppender\">"
                + "<file>/var/log/app.log</file></appender><root><appender-ref ref=\"F\"/></root></configuration>\n");
        Files.write(dir.resolve("src/main/resources/latin.properties"),
                "name=Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        write("docker-compose.yml", "services:\n  app:\n    image: shop:1.0\n    container_name: shop\n"
                + "    ports:\n      - \"8080:8080\"\n");
        // old enough that size and time alone vouch for them (a file touched as the audit starts is re-read)
        ageAll();
    }

    @Test
    void aWarmAuditReportsWhatAFreshOneDoes() throws IOException {
        AuditResult fresh = audit(false);
        assertFalse(fresh.findings().isEmpty());
        AuditResult cold = audit(true);
        assertTrue(Files.isRegularFile(cache));
        assertEquals(0, cold.work().fromCache());
        AuditResult warm = audit(true);
        assertSame(fresh, cold);
        assertSame(fresh, warm);
        assertEquals(warm.filesScanned(), warm.work().fromCache(), "nothing changed: every file from the cache");
        assertEquals(0, warm.work().javaParsed());
    }

    @Test
    void filesThatChangedAreAuditedAgainAndTheRestComeFromTheCache() throws IOException {
        audit(true);
        // a new secret in one file, the secret of another file removed
        write("src/main/java/com/example/App.java", "package com.example;\nclass App {\n"
                + "  private static final String PASSWORD = \"Mn4" + "bV8cX2zL6\";\n}\n");
        write("src/main/resources/application-prod.yml", "spring:\n  datasource:\n    password: ${DB_PASSWORD}\n");
        AuditResult warm = audit(true);
        assertSame(audit(false), warm);
        assertTrue(warm.findings().stream().anyMatch(f -> f.path().endsWith("App.java") && f.ruleId().equals("hardcoded-secret")));
        assertFalse(warm.findings().stream().anyMatch(f -> f.path().endsWith("App.java") && f.ruleId().equals("system-exit")));
        assertFalse(warm.findings().stream().anyMatch(f -> f.path().endsWith("application-prod.yml")
                && f.ruleId().equals("hardcoded-secret")));
        assertEquals(warm.filesScanned() - 2, warm.work().fromCache());
    }

    @Test
    void aSameSizeEditWithANewTimeIsSeen() throws IOException {
        audit(true);
        Path app = dir.resolve("src/main/java/com/example/App.java");
        String text = Files.readString(app);
        Files.writeString(app, text.replace("exit(1)", "exit(2)"));
        Files.setLastModifiedTime(app, FileTime.from(Instant.now().minusSeconds(1800)));
        AuditResult warm = audit(true);
        assertTrue(warm.findings().stream().anyMatch(f -> f.snippet().contains("exit(2)")), "stale snippet from the cache");
        assertSame(audit(false), warm);
    }

    @Test
    void aDeletedFileLeavesNoFindingBehind() throws IOException {
        audit(true);
        Files.delete(dir.resolve("src/main/resources/logback.xml"));
        AuditResult warm = audit(true);
        assertFalse(warm.findings().stream().anyMatch(f -> f.path().endsWith("logback.xml")));
        assertSame(audit(false), warm);
    }

    @Test
    void otherRuleSettingsAreNotAnsweredFromTheCache() throws IOException {
        audit(true);
        AuditResult off = new Auditor(catalog).withCache(cache)
                .audit(AuditRequest.of(dir).withRuleSettings(Map.of("system-exit", "off", "hardcoded-secret", "info")));
        assertFalse(off.findings().stream().anyMatch(f -> f.ruleId().equals("system-exit")));
        assertTrue(off.findings().stream().filter(f -> f.ruleId().equals("hardcoded-secret"))
                .allMatch(f -> f.severity() == Severity.INFO));
        assertSame(audit(false), audit(true));
    }

    @Test
    void aDamagedOrForeignCacheIsDiscardedNeverTrusted() throws IOException {
        AuditResult fresh = audit(false);
        audit(true);
        byte[] good = Files.readAllBytes(cache);
        List<byte[]> damaged = List.of(
                new byte[0],
                "not a cache at all".getBytes(StandardCharsets.UTF_8),
                java.util.Arrays.copyOf(good, good.length / 2),
                java.util.Arrays.copyOf(good, good.length + 7),
                flipped(good, good.length / 3),
                flipped(good, good.length - 40));
        for (byte[] bytes : damaged) {
            Files.write(cache, bytes);
            AuditResult r = audit(true);
            assertSame(fresh, r);
            // and the next audit has a sound cache again
            AuditResult again = audit(true);
            assertSame(fresh, again);
            assertEquals(again.filesScanned(), again.work().fromCache());
        }
        // a cache written by another plugin build or rule set: its key does not match
        audit(true);
        AuditResult otherRules = new Auditor(catalog).withCache(cache)
                .audit(AuditRequest.of(dir).withRuleSettings(Map.of("file-logging", "off")));
        assertTrue(otherRules.work().cacheStatus().contains("another plugin build or rule set"), otherRules.work().cacheStatus());
        assertEquals(0, otherRules.work().fromCache());
        // a sound cache of another format (an older plugin, whose file ends in a SHA-256 of 32 bytes):
        // named as such, and not read
        audit(true);
        byte[] body = java.util.Arrays.copyOf(Files.readAllBytes(cache),
                Files.readAllBytes(cache).length - ResultCache.DIGEST_LENGTH);
        int at = 4 + "twelvefactor-cache".length();
        java.nio.ByteBuffer.wrap(body).putInt(at, 3);
        Files.write(cache, body);
        Files.write(cache, new byte[32], java.nio.file.StandardOpenOption.APPEND);
        AuditResult older = audit(true);
        assertTrue(older.work().cacheStatus().contains("cache format 3, not 4"), older.work().cacheStatus());
        assertEquals(0, older.work().fromCache());
        assertSame(fresh, older);
    }

    @Test
    void theCacheHoldsNoSecretInClear() throws IOException {
        audit(true);
        write("src/main/resources/application.properties", "db.password=" + DB_SECRET + "\nserver.port=9090\n");
        audit(true); // per-file entries and the module result both written
        String bytes = new String(Files.readAllBytes(cache), StandardCharsets.ISO_8859_1);
        assertTrue(bytes.contains("application.properties"), "the test reads the real cache");
        assertFalse(bytes.contains(DB_SECRET), "secret in clear in the cache");
        assertFalse(bytes.contains(YAML_SECRET), "secret in clear in the cache");
        assertFalse(bytes.contains(DB_SECRET.substring(2)), "secret in clear in the cache");
    }

    @Test
    void aFileTouchedAsTheAuditStartsIsReadAgain() throws IOException {
        Path props = dir.resolve("src/main/resources/application.properties");
        Files.setLastModifiedTime(props, FileTime.from(Instant.now()));
        audit(true);
        ResultCache stored = ResultCache.load(cache, keyOf());
        long size = Files.size(props);
        long time = Files.getLastModifiedTime(props).to(java.util.concurrent.TimeUnit.NANOSECONDS);
        assertEquals(null, stored.unchangedDigest("src/main/resources/application.properties", size, time),
                "racily clean: its time is too close to the audit's start to vouch for its bytes");
        Path app = dir.resolve("src/main/java/com/example/App.java");
        assertNotEquals(null, stored.unchangedDigest("src/main/java/com/example/App.java", Files.size(app),
                Files.getLastModifiedTime(app).to(java.util.concurrent.TimeUnit.NANOSECONDS)));
    }

    private String keyOf() throws IOException {
        // the key is internal; read it back from the file rather than rebuilding it here
        try (var in = new java.io.DataInputStream(Files.newInputStream(cache))) {
            in.readFully(new byte[in.readInt()]);
            in.readInt();
            byte[] k = new byte[in.readInt()];
            in.readFully(k);
            return new String(k, StandardCharsets.UTF_8);
        }
    }

    private AuditResult audit(boolean cached) throws IOException {
        Auditor auditor = new Auditor(catalog);
        return (cached ? auditor.withCache(cache) : auditor).audit(AuditRequest.of(dir));
    }

    /** Same findings (every field), suppressions, file issues and file count. */
    private static void assertSame(AuditResult expected, AuditResult actual) {
        assertEquals(expected.findings(), actual.findings());
        assertEquals(expected.suppressed(), actual.suppressed());
        assertEquals(expected.fileIssues(), actual.fileIssues());
        assertEquals(expected.filesScanned(), actual.filesScanned());
    }

    private static byte[] flipped(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x5A;
        return copy;
    }

    private void write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private void ageAll() throws IOException {
        FileTime old = FileTime.from(Instant.now().minusSeconds(3600));
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
                Files.setLastModifiedTime(p, old);
            }
        }
    }
}
