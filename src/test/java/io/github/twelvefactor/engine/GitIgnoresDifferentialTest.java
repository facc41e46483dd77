package io.github.twelvefactor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link GitIgnores} against git itself: on a varied tree, every file it keeps must be exactly what
 * {@code git ls-files --cached --others --exclude-standard} lists, and every file it leaves out what
 * git leaves out. Needs git on the PATH (skipped without it, failed without it on CI).
 */
class GitIgnoresDifferentialTest {
    @TempDir
    Path dir;

    @BeforeEach
    void needGit() {
        GitCli.require();
    }

    /** Every kind of pattern, in a dozen .gitignore files across levels, plus info/exclude and forced adds. */
    static void writeVariedTree(Path root) throws IOException {
        write(root, ".gitignore", """
                # a comment, then a blank line

                *.log
                !important.log
                /build/
                tmp/
                **/generated/
                docs/**/draft-*.md
                secret?.txt
                [Tt]humbs.db
                *.sw[a-p]
                cache-[!0-9]*
                ver-[^a-c].txt
                trailing-space\\\s
                strip-me.txt  \s
                \\#hash-file
                \\!bang-file
                /anchored.txt
                nested/anchored-mid.txt
                logs/**
                !logs/keep/
                a/**/z.txt
                **/deep-only
                *.tmp
                !/kept.tmp
                .idea/
                foo**/bar
                mid*/x.txt
                \\*star
                caf?.tmp
                [[:digit:]]*.num
                [[:upper:]][[:lower:]]*.cls
                only-dir/
                """);
        write(root, "src/.gitignore", """
                *.generated.java
                !Keep.generated.java
                /local.properties
                main/resources/*.secret
                """);
        write(root, "src/main/.gitignore", """
                !*.log
                debug/
                """);
        write(root, "src/main/java/.gitignore", "*.bak\n!important.bak\n");
        write(root, "docs/.gitignore", "*.pdf\n!manual.pdf\ndrafts\n");
        write(root, "docs/api/.gitignore", "!*.pdf\nindex.html\n");
        write(root, "build-tools/.gitignore", "*\n!.gitignore\n!*/\n!*.xml\n");
        write(root, "config/.gitignore", "application-*.yml\n!application-default.yml\n*.local.*\n!special.local\n");
        write(root, "config/env/.gitignore", ".env*\n!.env.example\n");
        write(root, "web/.gitignore", "node_modules/\ndist\n*.map\n**/*.min.js\n[a-c]*.css\n");
        write(root, "web/assets/.gitignore", "!app.min.js\n");
        write(root, "build/.gitignore", "!*\n"); // inside an ignored folder: never read
        Files.createDirectories(root.resolve("scripts"));
        Files.write(root.resolve("scripts/.gitignore"), // a byte order mark and CRLF line ends
                "\uFEFF*.out\r\n!run.out\r\n/local-*\r\n".getBytes(StandardCharsets.UTF_8));
        write(root, "data/.gitignore", "[0-9][0-9]*.csv\n!1*.csv\nsample-[a-c-e].dat\nraw[]]*.dat\n/*/*.tsv\n");
        write(root, "modules/m1/.gitignore", "/target\n*.class\n");
        write(root, "modules/m1/src/.gitignore", "!Main.class\n");

        write(root, "linked-rules", "*.txt\n");
        try { // git does not read a .gitignore that is a symbolic link
            Files.createDirectories(root.resolve("linked"));
            Files.createSymbolicLink(root.resolve("linked/.gitignore"), Path.of("../linked-rules"));
        } catch (IOException | UnsupportedOperationException e) {
            // no symbolic links on this file system: one case fewer
        }

        for (String f : List.of(
                "README.md", "linked/a.txt", "app.log", "important.log", "kept.tmp", "other.tmp", "sub/kept.tmp",
                "build/out.jar", "build/keep.txt", "build/nested/x.txt", "sub/build/fine.txt",
                "tmp/a.txt", "sub/tmp/b.txt", "tmp-file/c.txt", "x/y/generated/g.java", "generated/h.java",
                "docs/guide/draft-1.md", "docs/draft-2.md", "docs/a/b/draft-3.md", "docs/final.md",
                "secret1.txt", "secret12.txt", "sub/secretA.txt", "Thumbs.db", "thumbs.db", "THUMBS.db",
                "file.swa", "file.swp", "file.swz", "cache-abc", "cache-1bc", "ver-a.txt", "ver-d.txt",
                "trailing-space ", "trailing-space", "strip-me.txt", "#hash-file", "!bang-file",
                "anchored.txt", "sub/anchored.txt", "nested/anchored-mid.txt", "sub/nested/anchored-mid.txt",
                "logs/a.txt", "logs/keep/b.txt", "logs/deep/c.txt", "a/z.txt", "a/b/z.txt", "a/b/c/z.txt",
                "b/a/z.txt", "deep-only", "p/q/deep-only", "p/deep-only/inside.txt", ".idea/workspace.xml",
                "sub/.idea/misc.xml", "foo/bar", "foox/bar", "foo/x/bar", "fooz/bar/baz.txt", "mid/x.txt",
                "middle/x.txt", "mid/deeper/x.txt", "*star", "xstar", "cafe.tmp", "caf\u00e9.tmp",
                "1a.num", "a1.num", "Abc.cls", "ABc.cls", "only-dir/f.txt", "sub/only-dir/f.txt",
                "only-file/only-dir",
                "src/A.generated.java", "src/Keep.generated.java", "src/x/B.generated.java",
                "src/local.properties", "src/sub/local.properties", "src/main/resources/db.secret",
                "src/main/resources/x/db.secret", "src/main/app.log", "src/main/debug/trace.txt",
                "src/main/java/Old.bak", "src/main/java/important.bak", "src/Old.bak",
                "docs/manual.pdf", "docs/other.pdf", "docs/api/api.pdf", "docs/api/index.html",
                "docs/drafts/one.md", "docs/x/drafts", "build-tools/pom.xml", "build-tools/notes.txt",
                "build-tools/sub/rules.xml", "build-tools/sub/readme.txt",
                "config/application-dev.yml", "config/application-default.yml", "config/db.local.yml",
                "config/special.local", "config/other.local", "config/env/.env", "config/env/.env.prod",
                "config/env/.env.example", ".env", ".hidden/secret.txt", ".config/app.conf",
                "web/node_modules/lib/index.js", "web/dist/bundle.js", "web/sub/dist", "web/src/app.js.map",
                "web/src/vendor.min.js", "web/assets/app.min.js", "web/assets/other.min.js", "web/a.css",
                "web/d.css", "web/sub/b.css",
                "scripts/build.out", "scripts/run.out", "scripts/local-env.sh", "scripts/x/local-y.sh",
                "data/12.csv", "data/15.csv", "data/21.csv", "data/2.csv", "data/sample-b.dat",
                "data/sample-d.dat", "data/sample--.dat", "data/sample-f.dat", "data/raw]1.dat",
                "data/x/y.tsv", "data/y.tsv", "data/x/z/y.tsv",
                "modules/m1/target/classes/A.class", "modules/m1/src/A.class", "modules/m1/src/Main.class",
                "modules/m1/pom.xml", "keep.orig", "x.orig", "private/p.txt", "sub/private/p.txt")) {
            write(root, f, "content of " + f + "\n");
        }
    }

    private static void write(Path root, String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /** What git lists, as a set of paths relative to {@code root}. */
    static Set<String> gitListing(Path root) throws IOException {
        String out = GitCli.git(root, "-c", "core.quotePath=false", "ls-files", "-z", "--cached", "--others",
                "--exclude-standard");
        Set<String> listed = new TreeSet<>();
        for (String s : out.split("\0")) {
            if (!s.isEmpty()) {
                listed.add(s);
            }
        }
        return listed;
    }

    /**
     * What {@link GitIgnores} keeps, walked as {@code FileWalker} walks (an ignored folder is not
     * entered), and checked file by file too (the answer for a file must not depend on the walk).
     */
    static Set<String> ourListing(Path root, GitIgnores git) throws IOException {
        Path top = root.toRealPath();
        Set<String> walked = new TreeSet<>();
        Set<String> each = new TreeSet<>();
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                if (d.getFileName().toString().equals(".git")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return d.equals(top) || !git.ignored(d, true) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                if (!git.ignored(f, false)) {
                    walked.add(top.relativize(f).toString().replace('\\', '/'));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        try (var files = Files.walk(top)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = top.relativize(f).toString().replace('\\', '/');
                if (!rel.startsWith(".git/") && !git.ignored(f, false)) {
                    each.add(rel);
                }
            }
        }
        assertEquals(walked, each, "a file's answer depends on whether its folders were asked first");
        return walked;
    }

    @Test
    void answersAsGitLsFilesOnAVariedTree() throws IOException {
        writeVariedTree(dir);
        GitCli.git(dir, "init", "-q");
        Files.writeString(dir.resolve(".git/info/exclude"), "# info/exclude\n*.orig\n!keep.orig\nprivate/\n*.local\n");
        GitCli.git(dir, "add", "-A");
        // ignored, yet tracked: always in, whatever the patterns (one inside an ignored folder)
        GitCli.git(dir, "add", "-f", "app.log", "build/keep.txt", "web/dist/bundle.js", "x.orig", "docs/other.pdf");
        GitCli.git(dir, "commit", "-q", "-m", "tree");
        // untracked after the commit, in folders that hold tracked files
        write(dir, "build/later.txt", "x\n");
        write(dir, "web/dist/later.js", "x\n");
        write(dir, "docs/later.pdf", "x\n");
        write(dir, "later.log", "x\n");

        Set<String> expected = gitListing(dir);
        assertTrue(expected.contains("build/keep.txt") && !expected.contains("build/later.txt"), "the tree tests nothing");
        assertEquals(expected, ourListing(dir, GitIgnores.forTree(dir.toRealPath(), dir.toRealPath())));
    }

    @Test
    void outsideAGitWorkTreeTheGitignoreFilesAloneDecideAsGitWouldForUntrackedFiles() throws IOException {
        writeVariedTree(dir);
        GitCli.git(dir, "init", "-q");
        Files.writeString(dir.resolve(".git/info/exclude"), "");
        Set<String> expected = gitListing(dir); // nothing tracked: the .gitignore files alone decide
        deleteTree(dir.resolve(".git"));
        assertEquals(expected, ourListing(dir, GitIgnores.forTree(dir.toRealPath(), dir.toRealPath())));
    }

    /**
     * Random trees and random patterns from a small alphabet, so that wildcards, classes, anchors,
     * negations and folder patterns meet in ways no one wrote down. A fixed seed keeps it
     * deterministic; {@code -Dgitignore.seed=N} explores others.
     */
    @Test
    void answersAsGitOnRandomPatterns() throws IOException {
        long seed = Long.getLong("gitignore.seed", 20240611L);
        Random rnd = new Random(seed);
        String[] names = {"a", "b", "ab", "ba", "a.b", ".a", "a b", "abc", "x", "[a]", "a*", "é"};
        String[] atoms = {"a", "b", "ab", "x", ".", "*", "*", "?", "**", "[ab]", "[!a]", "[a-c]", "[^b]", "\\*",
                "[[:alpha:]]", "é", " ", "\\ "};
        for (int round = 0; round < 25; round++) {
            Path root = dir.resolve("r" + round);
            Files.createDirectories(root);
            List<String> folders = new ArrayList<>(List.of(""));
            for (int i = 0; i < 30; i++) {
                String parent = folders.get(rnd.nextInt(folders.size()));
                String name = names[rnd.nextInt(names.length)];
                String rel = parent.isEmpty() ? name : parent + "/" + name;
                Path p = root.resolve(rel);
                if (Files.exists(p)) {
                    continue;
                }
                if (rnd.nextInt(3) == 0) {
                    Files.createDirectories(p);
                    folders.add(rel);
                } else {
                    Files.createDirectories(p.getParent());
                    Files.writeString(p, rel);
                }
            }
            for (String folder : folders) {
                if (rnd.nextInt(3) == 0) {
                    continue;
                }
                StringBuilder gi = new StringBuilder();
                for (int line = rnd.nextInt(5); line >= 0; line--) {
                    if (rnd.nextInt(4) == 0) {
                        gi.append('!');
                    }
                    if (rnd.nextInt(4) == 0) {
                        gi.append('/');
                    }
                    for (int seg = rnd.nextInt(3); seg >= 0; seg--) {
                        for (int k = 1 + rnd.nextInt(2); k > 0; k--) {
                            gi.append(atoms[rnd.nextInt(atoms.length)]);
                        }
                        if (seg > 0) {
                            gi.append('/');
                        }
                    }
                    if (rnd.nextInt(4) == 0) {
                        gi.append('/');
                    }
                    gi.append('\n');
                }
                Path target = root.resolve(folder).resolve(".gitignore");
                if (!Files.isDirectory(target)) {
                    Files.writeString(target, gi.toString());
                }
            }
            GitCli.git(root, "init", "-q");
            Set<String> expected = gitListing(root);
            String patterns = describe(root);
            assertEquals(expected, ourListing(root, GitIgnores.forTree(root.toRealPath(), root.toRealPath())),
                    "seed " + seed + ", round " + round + ":\n" + patterns);
        }
    }

    private static String describe(Path root) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (var files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals(".gitignore")).sorted().toList()) {
                sb.append(root.relativize(f)).append(":\n  ").append(Files.readString(f).replace("\n", "\n  ")).append('\n');
            }
        }
        return sb.toString();
    }

    static void deleteTree(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }
}
