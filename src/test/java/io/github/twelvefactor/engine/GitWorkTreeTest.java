package io.github.twelvefactor.engine;

import static io.github.twelvefactor.engine.GitCli.git;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding the work tree and reading its index, on repositories the real git command line builds:
 * index versions 2, 3 and 4, SHA-256, a split index, worktrees, and what must not break the audit.
 */
class GitWorkTreeTest {
    @TempDir
    Path dir;

    @BeforeEach
    void needGit() {
        GitCli.require();
    }

    private static final List<String> FILES = List.of("README.md", "pom.xml", "src/main/java/a/App.java",
            "src/main/java/a/AppConfig.java", "src/main/java/a/b/Deep.java", "src/main/resources/application.yml",
            "src/test/java/a/AppTest.java", "docs/caf\u00e9 menu.md", "z/last.txt", "a-b", "a/b", "a.b");

    private Path repo(String... initArgs) throws IOException {
        Path root = dir.resolve("repo");
        Files.createDirectories(root);
        List<String> init = new ArrayList<>(List.of("init", "-q"));
        init.addAll(List.of(initArgs));
        git(root, init.toArray(String[]::new));
        for (String f : FILES) {
            Path p = root.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, f);
        }
        git(root, "add", "-A");
        return root;
    }

    private static String[] gitTracked(Path root) throws IOException {
        String[] listed = Arrays.stream(git(root, "ls-files", "-z", "--cached").split("\0"))
                .filter(s -> !s.isEmpty()).toArray(String[]::new);
        Arrays.sort(listed);
        return listed;
    }

    private static String[] ours(Path root) throws IOException {
        GitWorkTree wt = GitWorkTree.find(root.resolve("src/main"), k -> null);
        assertNotNull(wt, "no work tree found above " + root);
        assertEquals(root.toRealPath(), wt.workTree());
        return wt.tracked();
    }

    private static int indexVersion(Path root) throws IOException {
        byte[] d = Files.readAllBytes(root.resolve(".git/index"));
        return d[7];
    }

    @Test
    void readsAVersion2Index() throws IOException {
        Path root = repo();
        assertEquals(2, indexVersion(root));
        String[] tracked = ours(root);
        assertEquals(FILES.size(), tracked.length);
        assertArrayEquals(gitTracked(root), tracked);
    }

    /**
     * Modules of one reactor read the same index: the second read reuses the first's paths, and an
     * index whose bytes changed (even rewritten in place, at once, with the same size) is read anew.
     */
    @Test
    void theSameIndexIsParsedOnceAndAChangedOneAgain() throws IOException {
        Path root = repo();
        String[] first = ours(root);
        assertSame(first, ours(root), "the same bytes: the paths already read");

        Path index = root.resolve(".git/index");
        byte[] before = Files.readAllBytes(index);
        git(root, "rm", "-q", "--cached", "a-b");
        git(root, "add", "-f", "z/last.txt");
        Files.writeString(root.resolve("a-c"), "x");
        git(root, "add", "a-c"); // a-b out, a-c in: a name of the same length
        byte[] after = Files.readAllBytes(index);
        assertEquals(before.length, after.length, "same size");
        Files.write(index, after); // in place, the same file
        assertArrayEquals(gitTracked(root), ours(root));
        assertTrue(Arrays.asList(ours(root)).contains("a-c"));
        assertFalse(Arrays.asList(ours(root)).contains("a-b"));
    }

    /**
     * An index that had settled before it was read is reused on its file stamp alone, without a read;
     * a rewrite in place, of the same size, with its modification time put back, still changes the
     * stamp (the inode's change time), and is read anew.
     */
    @Test
    void aSettledIndexIsReusedOnItsStampAndARewriteWithTheOldTimeIsStillSeen() throws IOException {
        Path root = repo();
        Path index = root.resolve(".git/index");
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        Files.setLastModifiedTime(index, old);
        assumeTrue(changeTimeOf(index) != null, "the file system gives no change time");
        // the change time cannot be put back: wait until the one setLastModifiedTime gave has settled
        waitUntilSettled(index);
        String[] first = ours(root);
        assertSame(first, ours(root), "settled and unchanged: the paths already read");

        byte[] before = Files.readAllBytes(index);
        git(root, "rm", "-q", "--cached", "a-b");
        Files.writeString(root.resolve("a-c"), "x");
        git(root, "add", "a-c");
        byte[] after = Files.readAllBytes(index);
        assertEquals(before.length, after.length, "same size");
        Files.write(index, before); // back to the settled bytes, then rewritten in place:
        Files.setLastModifiedTime(index, old);
        waitUntilSettled(index);
        assertSame(first, ours(root), "the same bytes again, settled again");
        Files.write(index, after);
        Files.setLastModifiedTime(index, old); // only the change time tells
        assertArrayEquals(gitTracked(root), ours(root));
        assertTrue(Arrays.asList(ours(root)).contains("a-c"));
    }

    private static java.nio.file.attribute.FileTime changeTimeOf(Path file) throws IOException {
        try {
            return (java.nio.file.attribute.FileTime) Files.getAttribute(file, "unix:ctime");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    private static void waitUntilSettled(Path file) throws IOException {
        long settled = changeTimeOf(file).toMillis() + 3_100;
        while (System.currentTimeMillis() < settled) {
            try {
                Thread.sleep(Math.max(1, settled - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }

    @Test
    void readsAVersion3IndexWithExtendedFlags() throws IOException {
        Path root = repo();
        Files.writeString(root.resolve("src/New.java"), "class New {}");
        git(root, "add", "--intent-to-add", "src/New.java");
        git(root, "update-index", "--skip-worktree", "pom.xml");
        assertEquals(3, indexVersion(root), "intent-to-add and skip-worktree need the extended flags of v3");
        String[] tracked = ours(root);
        assertTrue(Arrays.asList(tracked).contains("src/New.java"));
        assertTrue(Arrays.asList(tracked).contains("pom.xml"));
        assertArrayEquals(gitTracked(root), tracked);
    }

    @Test
    void readsAVersion4IndexWithPrefixCompressedNames() throws IOException {
        Path root = repo();
        Files.writeString(root.resolve("src/New.java"), "class New {}");
        git(root, "add", "--intent-to-add", "src/New.java"); // extended flags in v4 too
        git(root, "update-index", "--index-version", "4");
        assertEquals(4, indexVersion(root));
        assertArrayEquals(gitTracked(root), ours(root));
    }

    @Test
    void readsTheIndexOfASha256Repository() throws IOException {
        Path root = repo("--object-format=sha256");
        assertArrayEquals(gitTracked(root), ours(root));
        git(root, "update-index", "--index-version", "4");
        assertArrayEquals(gitTracked(root), ours(root));
    }

    @Test
    void readsASplitIndexWithItsSharedIndex() throws IOException {
        Path root = repo();
        git(root, "update-index", "--split-index");
        git(root, "rm", "-q", "--cached", "z/last.txt");
        Files.writeString(root.resolve("added.txt"), "x");
        git(root, "add", "added.txt");
        Files.writeString(root.resolve("README.md"), "changed");
        git(root, "add", "README.md");
        try (var shared = Files.list(root.resolve(".git"))) {
            assertTrue(shared.anyMatch(p -> p.getFileName().toString().startsWith("sharedindex.")), "not split");
        }
        String[] tracked = ours(root);
        assertFalse(Arrays.asList(tracked).contains("z/last.txt"), "deleted through the delete bitmap");
        assertArrayEquals(gitTracked(root), tracked);
    }

    @Test
    void aNameOf4095BytesOrMoreIsReadUpToItsNul() throws IOException {
        String longName = "d/".repeat(2100) + "f";
        byte[] index = syntheticIndex(2, List.of("a", longName, "b"));
        assertArrayEquals(new String[] {"a", longName, "b"}, GitWorkTree.readIndex(index, 20, dir));
    }

    /** A version 2 index as git writes it: header, padded entries (name length 0xFFF when longer), a trailer. */
    private static byte[] syntheticIndex(int version, List<String> names) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {'D', 'I', 'R', 'C', 0, 0, 0, (byte) version, 0, 0, 0, (byte) names.size()});
        for (String n : names) {
            byte[] name = n.getBytes(StandardCharsets.UTF_8);
            byte[] entry = new byte[(62 + name.length + 8) & ~7];
            int len = Math.min(name.length, 0xFFF);
            entry[60] = (byte) (len >> 8);
            entry[61] = (byte) len;
            System.arraycopy(name, 0, entry, 62, name.length);
            out.writeBytes(entry);
        }
        out.writeBytes(new byte[20]);
        return out.toByteArray();
    }

    @Test
    void noIndexYetMeansNothingTracked() throws IOException {
        Path root = dir.resolve("fresh");
        Files.createDirectories(root);
        git(root, "init", "-q");
        assertEquals(0, GitWorkTree.find(root, k -> null).tracked().length);
    }

    @Test
    void aTruncatedCorruptOrUnknownIndexIsAnIOExceptionNeverARuntimeOne() throws IOException {
        Path root = repo();
        byte[] v4 = indexAfter(root, "update-index", "--index-version", "4");
        byte[] split = indexAfter(root, "update-index", "--index-version", "2", "--split-index"); // a link extension
        Random rnd = new Random(7);
        for (byte[] good : List.of(v4, split)) {
            List<byte[]> bad = new ArrayList<>();
            for (int len = 0; len < good.length - 20; len++) {
                bad.add(Arrays.copyOf(good, len));
            }
            for (int i = 0; i < 2000; i++) {
                byte[] b = good.clone();
                for (int k = 1 + rnd.nextInt(4); k > 0; k--) {
                    b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
                }
                bad.add(b);
            }
            for (byte[] b : bad) {
                try {
                    GitWorkTree.readIndex(b, 20, root.resolve(".git"));
                } catch (IOException expected) {
                    // fine: the caller falls back to nothing tracked
                }
            }
            assertThrows(IOException.class, () -> GitWorkTree.readIndex(Arrays.copyOf(good, 100), 20, root.resolve(".git")));
        }
        byte[] v5 = v4.clone();
        v5[7] = 5;
        assertThrows(IOException.class, () -> GitWorkTree.readIndex(v5, 20, root.resolve(".git")));
        assertThrows(IOException.class, () -> GitWorkTree.readIndex("not an index".getBytes(StandardCharsets.UTF_8), 20, dir));
    }

    private static byte[] indexAfter(Path root, String... gitArgs) throws IOException {
        git(root, gitArgs);
        return Files.readAllBytes(root.resolve(".git/index"));
    }

    @Test
    void findsALinkedWorktreeThroughItsGitFile() throws IOException {
        Path root = repo();
        git(root, "commit", "-q", "-m", "one");
        Path wt = dir.resolve("wt");
        git(root, "worktree", "add", "-q", wt.toString());
        assertTrue(Files.isRegularFile(wt.resolve(".git")));
        Files.writeString(wt.resolve("only-in-wt.txt"), "x");
        git(wt, "add", "only-in-wt.txt");
        GitWorkTree found = GitWorkTree.find(wt.resolve("src/main/java"), k -> null);
        assertNotNull(found);
        assertEquals(wt.toRealPath(), found.workTree());
        assertArrayEquals(gitTracked(wt), found.tracked(), "the worktree's own index");
        assertEquals(root.resolve(".git/info/exclude").toRealPath(), found.infoExclude().toRealPath(),
                "info/exclude is the main repository's, as git reads it");
    }

    @Test
    void aGitFileWithARelativePathResolvesAgainstItsFolder() throws IOException {
        Path root = repo();
        Path sub = dir.resolve("sub");
        Files.createDirectories(sub);
        Files.move(root.resolve(".git"), dir.resolve("store.git"));
        Files.writeString(root.resolve(".git"), "gitdir: ../store.git\n");
        GitWorkTree found = GitWorkTree.find(root.resolve("src"), k -> null);
        assertNotNull(found);
        assertEquals(root.toRealPath(), found.workTree());
        assertEquals(FILES.size(), found.tracked().length);
    }

    @Test
    void aBrokenGitFileIsNoRepository() throws IOException {
        Path root = dir.resolve("broken");
        Files.createDirectories(root.resolve("src"));
        Files.writeString(root.resolve(".git"), "gitdir: ../nowhere\n");
        assertNull(GitWorkTree.find(root.resolve("src"), k -> null));
        Files.writeString(root.resolve(".git"), "something else\n");
        assertNull(GitWorkTree.find(root.resolve("src"), k -> null));
    }

    @Test
    void aStrayEmptyGitFolderIsPassedOver() throws IOException {
        Path root = repo();
        Files.createDirectories(root.resolve("src/main/.git"));
        assertEquals(root.toRealPath(), GitWorkTree.find(root.resolve("src/main/java"), k -> null).workTree());
    }

    @Test
    void aBareRepositoryIsNoWorkTree() throws IOException {
        assumeTrue(GitWorkTree.find(dir, k -> null) == null, "the temporary folder lies in a git work tree");
        Path bare = dir.resolve("bare.git");
        Files.createDirectories(bare);
        git(bare, "init", "-q", "--bare");
        assertNull(GitWorkTree.find(bare.resolve("hooks"), k -> null));
        assertNull(GitWorkTree.find(dir, k -> Map.of("GIT_DIR", bare.toString()).get(k)));
        Path root = repo();
        git(root, "config", "core.bare", "true");
        assertNull(GitWorkTree.find(root.resolve("src"), k -> null));
    }

    @Test
    void gitDirGitWorkTreeAndGitIndexFileAreHonoured() throws IOException {
        Path root = repo();
        Path elsewhere = dir.resolve("elsewhere");
        Files.createDirectories(elsewhere);

        GitWorkTree byDir = GitWorkTree.find(elsewhere, k -> Map.of("GIT_DIR", root.resolve(".git").toString()).get(k));
        assertNotNull(byDir, "GIT_DIR replaces the search");
        assertEquals(root.toRealPath(), byDir.workTree(), "a GIT_DIR named .git: its folder is the work tree");

        GitWorkTree byBoth = GitWorkTree.find(elsewhere, k -> Map.of("GIT_DIR", root.resolve(".git").toString(),
                "GIT_WORK_TREE", elsewhere.toString()).get(k));
        assertEquals(elsewhere.toRealPath(), byBoth.workTree());

        GitWorkTree byWorkTree = GitWorkTree.find(root.resolve("src"), k -> Map.of("GIT_WORK_TREE", elsewhere.toString()).get(k));
        assertEquals(elsewhere.toRealPath(), byWorkTree.workTree(), "GIT_WORK_TREE alone: found .git, named work tree");

        Path other = dir.resolve("other-index");
        Files.copy(root.resolve(".git/index"), other);
        git(root, "rm", "-q", "--cached", "pom.xml");
        GitWorkTree byIndex = GitWorkTree.find(root, k -> Map.of("GIT_INDEX_FILE", other.toString()).get(k));
        assertTrue(Arrays.asList(byIndex.tracked()).contains("pom.xml"), "the index GIT_INDEX_FILE names");
        assertFalse(Arrays.asList(GitWorkTree.find(root, k -> null).tracked()).contains("pom.xml"));
    }

    @Test
    void gitDirOfALinkedWorktreeFindsItsWorkTreeBack() throws IOException {
        Path root = repo();
        git(root, "commit", "-q", "-m", "one");
        Path wt = dir.resolve("wt2");
        git(root, "worktree", "add", "-q", wt.toString());
        Path admin = root.resolve(".git/worktrees/wt2");
        assertTrue(Files.isDirectory(admin));
        GitWorkTree found = GitWorkTree.find(dir, k -> Map.of("GIT_DIR", admin.toString()).get(k));
        assertNotNull(found);
        assertEquals(wt.toRealPath(), found.workTree());
    }

    @Test
    void aConfigThatIsNotUtf8IsStillRead() throws IOException {
        Path root = repo();
        Path config = root.resolve(".git/config");
        byte[] latin1 = "[user]\n\tname = Ren\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(config, latin1, java.nio.file.StandardOpenOption.APPEND);
        assertEquals(FILES.size(), ours(root).length);
    }

    @Test
    void outsideAnyRepositoryThereIsNone() throws IOException {
        assumeTrue(GitWorkTree.find(dir, k -> null) == null, "the temporary folder lies in a git work tree");
        Path plain = dir.resolve("plain/sub");
        Files.createDirectories(plain);
        assertNull(GitWorkTree.find(plain, k -> null));
    }
}
