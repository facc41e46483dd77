package io.github.twelvefactor.engine;

import static io.github.twelvefactor.engine.GitCli.git;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link GitIgnores} as {@code FileWalker} uses it: what is in, what is out, and what must not break it. */
class GitIgnoresTest {
    @TempDir
    Path tmp;

    private Path write(String rel, String text) throws IOException {
        Path p = tmp.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private GitIgnores forTmp() throws IOException {
        return GitIgnores.forTree(tmp.toRealPath(), tmp.toRealPath());
    }

    private Path real(String rel) throws IOException {
        return tmp.toRealPath().resolve(rel);
    }

    @Test
    void aFolderHoldingTrackedFilesIsWalkedButItsUntrackedFilesStayOut() throws IOException {
        GitCli.require();
        git(tmp, "init", "-q");
        write(".gitignore", "build/\n");
        write("build/keep.txt", "x");
        write("build/other.txt", "x");
        write("build/sub/deeper.txt", "x");
        write("build/tracked-sub/t.txt", "x");
        git(tmp, "add", "-f", "build/keep.txt", "build/tracked-sub/t.txt");
        GitIgnores gi = forTmp();
        assertFalse(gi.ignored(real("build"), true), "holds a tracked file: walked");
        assertFalse(gi.ignored(real("build/keep.txt"), false));
        assertTrue(gi.ignored(real("build/other.txt"), false), "its folder is ignored: git lists no untracked file in it");
        assertTrue(gi.ignored(real("build/sub"), true));
        assertTrue(gi.ignored(real("build/sub/deeper.txt"), false));
        assertFalse(gi.ignored(real("build/tracked-sub"), true));
        assertFalse(gi.ignored(real("build/tracked-sub/t.txt"), false));
    }

    @Test
    void aFileCannotBeReincludedWhenItsFolderIsExcluded() throws IOException {
        write(".gitignore", "logs/\n!logs/keep.log\n");
        write("logs/keep.log", "x");
        GitIgnores gi = forTmp(); // no git needed: outside a work tree the .gitignore files decide the same way
        assertTrue(gi.ignored(real("logs"), true));
        assertTrue(gi.ignored(real("logs/keep.log"), false));
    }

    @Test
    void aDeeperGitignoreOverridesAShallowerOne() throws IOException {
        write(".gitignore", "*.log\n");
        write("app/.gitignore", "!*.log\n");
        write("app/deep/.gitignore", "trace.log\n");
        GitIgnores gi = forTmp();
        assertTrue(gi.ignored(real("x.log"), false));
        assertFalse(gi.ignored(real("app/x.log"), false));
        assertFalse(gi.ignored(real("app/deep/x.log"), false));
        assertTrue(gi.ignored(real("app/deep/trace.log"), false));
    }

    @Test
    void infoExcludeComesAfterEveryGitignore() throws IOException {
        GitCli.require();
        git(tmp, "init", "-q");
        Files.writeString(tmp.resolve(".git/info/exclude"), "*.local\nsecret.txt\n");
        write(".gitignore", "!keep.local\n");
        GitIgnores gi = forTmp();
        assertTrue(gi.ignored(real("a.local"), false));
        assertFalse(gi.ignored(real("keep.local"), false), "a .gitignore negation wins over info/exclude");
        assertTrue(gi.ignored(real("sub/secret.txt"), false));
    }

    @Test
    void aLinkedWorktreeReadsTheMainRepositorysInfoExclude() throws IOException {
        GitCli.require();
        Path main = tmp.resolve("main");
        Files.createDirectories(main);
        git(main, "init", "-q");
        Files.writeString(main.resolve("a.txt"), "a");
        git(main, "add", "a.txt");
        git(main, "commit", "-q", "-m", "one");
        Files.writeString(main.resolve(".git/info/exclude"), "*.local\n");
        Path wt = tmp.resolve("wt");
        git(main, "worktree", "add", "-q", wt.toString());
        Files.writeString(wt.resolve("x.local"), "x");
        GitIgnores gi = GitIgnores.forTree(wt.toRealPath(), wt.toRealPath());
        assertTrue(gi.ignored(wt.toRealPath().resolve("x.local"), false));
        assertFalse(gi.ignored(wt.toRealPath().resolve("a.txt"), false));
    }

    @Test
    void aCorruptIndexFallsBackToNothingTrackedAndKeepsTheRules() throws IOException {
        GitCli.require();
        git(tmp, "init", "-q");
        write(".gitignore", "*.log\n");
        write("kept.log", "x");
        write("pom.xml", "x");
        Files.writeString(tmp.resolve(".git/info/exclude"), "*.local\n");
        git(tmp, "add", "-f", "kept.log", "pom.xml");
        Path index = tmp.resolve(".git/index");
        byte[] good = Files.readAllBytes(index);
        for (byte[] bad : new byte[][] {Arrays.copyOf(good, good.length / 2), "DIRC\0\0\0\7".getBytes(), new byte[0]}) {
            Files.write(index, bad);
            write("x.local", "x");
            GitIgnores gi = forTmp();
            assertTrue(gi.ignored(real("kept.log"), false), "nothing tracked, and .gitignore still read");
            assertTrue(gi.ignored(real("x.local"), false), "info/exclude still read");
            assertFalse(gi.ignored(real("pom.xml"), false));
        }
    }

    @Test
    void outsideGitOnlyTheGitignoreFilesFromTheTopDownCount() throws IOException {
        assumeTrue(GitWorkTree.find(tmp, k -> null) == null, "the temporary folder lies in a git work tree");
        write(".gitignore", "*.txt\n");
        write("top/.gitignore", "*.md\n");
        write("top/module/a.txt", "x");
        write("top/module/b.md", "x");
        Path top = tmp.toRealPath().resolve("top");
        GitIgnores gi = GitIgnores.forTree(top.resolve("module"), top);
        assertFalse(gi.ignored(top.resolve("module/a.txt"), false), "above the top: not read");
        assertTrue(gi.ignored(top.resolve("module/b.md"), false));
        assertFalse(gi.ignored(top, true), "the top itself is never ignored");
        assertFalse(gi.ignored(tmp.toRealPath().resolve("elsewhere.md"), false), "outside the top: not ours to say");
    }

    @Test
    void aModuleInAnIgnoredFolderIsStillAuditedWithThePatternsApplied() throws IOException {
        GitCli.require();
        git(tmp, "init", "-q");
        write(".gitignore", "target/\n*.log\n");
        write("target/it/project/pom.xml", "x");
        write("target/it/project/app.log", "x");
        write("target/it/project/target/classes/A.class", "x");
        Path project = real("target/it/project");
        GitIgnores gi = GitIgnores.forTree(project, tmp.toRealPath());
        // git itself lists nothing here (target/ is ignored), but the audit was asked to look at this module
        assertFalse(gi.ignored(project.resolve("pom.xml"), false));
        assertTrue(gi.ignored(project.resolve("app.log"), false), "the patterns still apply");
        assertTrue(gi.ignored(project.resolve("target"), true), "and to the folders below the module");
        assertTrue(gi.ignored(project.resolve("target/classes/A.class"), false));
        assertTrue(GitIgnores.forTree(tmp.toRealPath(), tmp.toRealPath()).ignored(project.resolve("pom.xml"), false),
                "audited from the top, the folder is ignored as git ignores it");
    }

    @Test
    void aSymbolicallyLinkedGitignoreIsNotRead() throws IOException {
        write("rules", "*.txt\n");
        write("sub/a.txt", "x");
        try {
            Files.createSymbolicLink(tmp.resolve("sub/.gitignore"), tmp.resolve("rules"));
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "no symbolic links here");
        }
        assertFalse(forTmp().ignored(real("sub/a.txt"), false), "git does not follow a .gitignore link in the tree");
    }
}
