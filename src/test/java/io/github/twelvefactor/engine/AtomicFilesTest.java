package io.github.twelvefactor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is replaced whole or not at all, and no temp file is ever left beside it. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesAndReplacesLeavingOnlyTheTarget() throws IOException {
        Path target = AtomicFiles.replace(dir.resolve("sub"), "report.json", out -> out.write("one".getBytes(StandardCharsets.UTF_8)));
        assertEquals("one", Files.readString(target));
        AtomicFiles.replace(target, out -> out.write("two".getBytes(StandardCharsets.UTF_8)));
        assertEquals("two", Files.readString(target));
        try (Stream<Path> s = Files.list(dir.resolve("sub"))) {
            assertEquals(List.of("report.json"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndLeavesNoTemp() throws IOException {
        Path target = dir.resolve("baseline.json");
        Files.writeString(target, "old");
        IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.replace(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", thrown.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("baseline.json"), names());
    }

    @Test
    void writersSideBySideEachLandWhole() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Path>> writes = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String body = ("writer " + i + " ").repeat(2000);
                writes.add(pool.submit(() -> AtomicFiles.replace(dir, "cache.bin", out -> out.write(body.getBytes(StandardCharsets.UTF_8)))));
            }
            for (Future<Path> f : writes) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        String last = Files.readString(dir.resolve("cache.bin"));
        assertEquals(("writer " + last.substring(7, last.indexOf(' ', 7)) + " ").repeat(2000), last, "one writer's bytes, whole");
        assertEquals(List.of("cache.bin"), names());
    }

    @Test
    void theFileGetsTheUsersDefaultPermissionsNotOwnerOnly() throws IOException {
        PosixFileAttributeView probe = Files.getFileAttributeView(Files.createFile(dir.resolve("plain")),
                PosixFileAttributeView.class);
        assumeTrue(probe != null, "a POSIX file system");
        Path target = AtomicFiles.replace(dir, "twelvefactor-baseline.json", out -> out.write('x'));
        assertEquals(Files.getPosixFilePermissions(dir.resolve("plain")), Files.getPosixFilePermissions(target));
    }
}
