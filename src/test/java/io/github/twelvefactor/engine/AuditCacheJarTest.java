package io.github.twelvefactor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin build that keys the cache is read from the jar's directory: its content, not its file's time. */
class AuditCacheJarTest {
    @TempDir
    Path dir;

    @Test
    void theSameContentIsTheSameBuildAndAnyChangedEntryAnother() throws IOException {
        Map<String, String> entries = Map.of("a/Rule.class", "rule bytes", "META-INF/x.txt", "x");
        Path first = jar("first.jar", entries, "a/Rule.class", "META-INF/x.txt");
        Path copy = jar("copy.jar", entries, "a/Rule.class", "META-INF/x.txt");
        Files.setLastModifiedTime(copy, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        assertEquals(AuditCache.jarContent(first), AuditCache.jarContent(copy), "a copy, another time: the same build");

        Path changed = jar("changed.jar", Map.of("a/Rule.class", "rule bytez", "META-INF/x.txt", "x"),
                "a/Rule.class", "META-INF/x.txt");
        assertNotEquals(AuditCache.jarContent(first), AuditCache.jarContent(changed), "one byte of one class changed");
        Path longer = jar("longer.jar", Map.of("a/Rule.class", "rule bytes!", "META-INF/x.txt", "x"),
                "a/Rule.class", "META-INF/x.txt");
        assertNotEquals(AuditCache.jarContent(first), AuditCache.jarContent(longer));
        Path renamed = jar("renamed.jar", Map.of("a/Rule2.class", "rule bytes", "META-INF/x.txt", "x"),
                "a/Rule2.class", "META-INF/x.txt");
        assertNotEquals(AuditCache.jarContent(first), AuditCache.jarContent(renamed));
    }

    private Path jar(String name, Map<String, String> entries, String... order) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(p); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String e : order) {
                zip.putNextEntry(new ZipEntry(e));
                zip.write(entries.get(e).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return p;
    }
}
