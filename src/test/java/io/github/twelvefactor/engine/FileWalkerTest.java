package io.github.twelvefactor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk lists a module's files sorted by their path in the module, in {@link String} order: the
 * cache compares listings in that order, and reports list files in it. The names here are where a
 * walk that sorts each folder's names would differ: '.', '-', ' ' and '!' sort before '/', '0' and
 * letters after it.
 */
class FileWalkerTest {

    @Test
    void filesComeSortedByTheirPathAsStrings(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("module"));
        for (String f : List.of("a/z.txt", "a.txt", "a-", "a b.txt", "a!", "a0", "a.d/x.yml", "A.txt", "b",
                "sub/deeper/deepest/f.txt", "sub.txt", "sub-x/y", "sub0/y", "sub/z", "sub/deeper.txt", "\u00e4.txt",
                "Z/a", "_/a", "~", "img.PNG", "lib/x.jar", "a/b.jar", ".gitignore", ".hidden/k.properties")) {
            write(dir.resolve(f));
        }

        FileWalker.Listing listing = new FileWalker(AuditRequest.of(dir)).list();

        List<String> expectedText = new ArrayList<>();
        List<String> expectedBinary = new ArrayList<>();
        for (String rel : everyFile(dir)) {
            (FileWalker.isBinaryByName(rel) ? expectedBinary : expectedText).add(rel);
        }
        assertEquals(List.of("a/b.jar", "img.PNG", "lib/x.jar"), expectedBinary);
        assertEquals(expectedText, listing.paths());
        assertEquals(expectedBinary, listing.binaries());
        // and the order is the one the cache and the reports rely on
        assertEquals(sorted(listing.paths()), listing.paths());
        assertEquals(List.of(".gitignore", ".hidden/k.properties", "A.txt"), listing.paths().subList(0, 3));
        assertTrue(listing.paths().indexOf("a.txt") < listing.paths().indexOf("a/z.txt"));
        assertTrue(listing.paths().indexOf("a/z.txt") < listing.paths().indexOf("a0"));
        for (int i = 0; i < listing.files().size(); i++) {
            assertEquals(dir.toRealPath().resolve(listing.paths().get(i)), listing.files().get(i));
        }
    }

    @Test
    void randomTreesComeOutAsASortOfTheirPaths(@TempDir Path tmp) throws IOException {
        String[] parts = {"a", "a.", "a-", "a0", "ab", "A", ".a", "a b", "b", "-", "0", "a.b"};
        Random random = new Random(20261129);
        for (int tree = 0; tree < 12; tree++) {
            Path dir = Files.createDirectories(tmp.resolve("tree" + tree));
            for (int f = 0; f < 60; f++) {
                StringBuilder rel = new StringBuilder();
                int depth = 1 + random.nextInt(4);
                for (int d = 0; d < depth; d++) {
                    rel.append(d == 0 ? "" : "/").append(parts[random.nextInt(parts.length)]);
                }
                Path file = dir.resolve(rel.toString());
                if (!Files.exists(file) && !isUnderAFile(dir, file)) {
                    write(file);
                }
            }

            FileWalker.Listing listing = new FileWalker(AuditRequest.of(dir)).list();

            assertEquals(everyFile(dir), listing.paths(), "tree " + tree);
        }
    }

    /** Every regular file under {@code dir}, by its path there with '/', sorted as strings. */
    private static List<String> everyFile(Path dir) throws IOException {
        Path real = dir.toRealPath();
        List<String> out = new ArrayList<>();
        try (Stream<Path> all = Files.walk(real)) {
            all.filter(Files::isRegularFile).forEach(p -> out.add(real.relativize(p).toString().replace('\\', '/')));
        }
        Collections.sort(out);
        return out;
    }

    private static boolean isUnderAFile(Path dir, Path file) {
        for (Path p = file.getParent(); p != null && !p.equals(dir); p = p.getParent()) {
            if (Files.isRegularFile(p)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> sorted(List<String> in) {
        List<String> out = new ArrayList<>(in);
        Collections.sort(out);
        return out;
    }

    private static void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x=1\n");
    }
}
