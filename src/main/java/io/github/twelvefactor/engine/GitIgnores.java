package io.github.twelvefactor.engine;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Answers "would git leave this file out?" as {@code git ls-files --cached --others
 * --exclude-standard} does: a file git tracks is always in; an untracked file is out when a
 * {@code .gitignore} (in its folder or any folder above it up to the work tree's root) or
 * {@code .git/info/exclude} ignores it, or when one of its folders is ignored (git never looks inside
 * an ignored folder for untracked files, so a negation cannot bring them back). The deepest
 * {@code .gitignore} with a matching pattern decides, then {@code info/exclude}. Outside a git work
 * tree, the {@code .gitignore} files from {@code top} down alone decide. The user's global excludes
 * file ({@code core.excludesFile}) is not read, so that every machine audits the same files.
 *
 * <p>One deliberate difference from git: the folders from the top down to {@code start} are never
 * ignored as folders. A module that lies in a folder git ignores (a project copied under
 * {@code target/}, as the integration tests are) is still audited; the patterns still apply to
 * everything in it.
 *
 * <p>No git library: {@link GitWorkTree} finds the repository and reads its index,
 * {@link GitIgnoreRules} matches the patterns. JGit did this before, and cost about half a second of
 * class loading on every build. A {@code .gitignore} that is a symbolic link is not read (git does not
 * follow one in the tree either). Not thread-safe: one per walk.
 */
final class GitIgnores {
    private final Path top;
    private final String topString;
    /** Sorted by {@link String#compareTo}. */
    private final String[] tracked;
    private final GitIgnoreRules infoExclude;
    /** {@code start} relative to the top, with a trailing slash; null when it lies outside. */
    private final String startRel;
    private final Map<String, Dir> dirs = new HashMap<>();

    private GitIgnores(Path top, Path start, String[] tracked, GitIgnoreRules infoExclude) {
        this.top = top;
        String t = top.toString();
        this.topString = t.endsWith(File.separator) ? t : t + File.separator;
        this.tracked = tracked;
        this.infoExclude = infoExclude;
        String s = relative(start.toAbsolutePath().normalize());
        this.startRel = s == null || s.isEmpty() ? s : s + "/";
    }

    /** For a tree under {@code start}; {@code fallbackTop} is the topmost folder read outside git. */
    static GitIgnores forTree(Path start, Path fallbackTop) {
        GitWorkTree repo = GitWorkTree.find(start);
        if (repo == null) {
            return new GitIgnores(fallbackTop, start, new String[0], null);
        }
        String[] tracked;
        try {
            tracked = repo.tracked();
        } catch (IOException | RuntimeException e) {
            tracked = new String[0]; // a broken or foreign index: as if nothing were tracked
        }
        return new GitIgnores(repo.workTree(), start, tracked, read(repo.infoExclude(), false));
    }

    /** True when git would leave {@code file} (or the whole folder) out of the audit. */
    boolean ignored(Path path, boolean directory) {
        String rel = relative(path);
        if (rel == null || rel.isEmpty()) {
            return false;
        }
        if (directory) {
            // a folder holding tracked files is walked, and each file decided on its own
            return !holdsTracked(rel) && dir(rel).excluded();
        }
        if (Arrays.binarySearch(tracked, rel) >= 0) {
            return false;
        }
        int slash = rel.lastIndexOf('/');
        Dir parent = dir(slash < 0 ? "" : rel.substring(0, slash));
        return parent.excluded() || excluded(rel.getBytes(StandardCharsets.UTF_8), parent, false);
    }

    private boolean holdsTracked(String rel) {
        String prefix = rel + "/";
        int i = Arrays.binarySearch(tracked, prefix);
        if (i >= 0) {
            return true;
        }
        i = -i - 1;
        return i < tracked.length && tracked[i].startsWith(prefix);
    }

    /** Whether the patterns exclude {@code path} (relative to top), given the folder it lies in. */
    private boolean excluded(byte[] path, Dir parent, boolean directory) {
        for (Dir d = parent; d != null; d = d.parent) {
            if (d.rules != null) {
                int r = d.rules.match(path, d.rel.length == 0 ? 0 : d.rel.length + 1, path.length, directory);
                if (r != GitIgnoreRules.UNDECIDED) {
                    return r == GitIgnoreRules.EXCLUDED;
                }
            }
        }
        return infoExclude != null && infoExclude.match(path, 0, path.length, directory) == GitIgnoreRules.EXCLUDED;
    }

    /** The path below the top, with {@code /}; a string test, as this runs for every file and folder. */
    private String relative(Path path) {
        String s = path.toString();
        String rel;
        if (s.startsWith(topString)) {
            rel = s.substring(topString.length());
        } else if (s.length() == topString.length() - 1 && topString.startsWith(s)) {
            rel = ""; // the top itself
        } else {
            return null;
        }
        return File.separatorChar == '/' ? rel : rel.replace(File.separatorChar, '/');
    }

    private Dir dir(String rel) {
        Dir d = dirs.get(rel);
        if (d == null) {
            int slash = rel.lastIndexOf('/');
            Dir parent = rel.isEmpty() ? null : dir(slash < 0 ? "" : rel.substring(0, slash));
            boolean holdsStart = rel.isEmpty() || startRel != null && startRel.startsWith(rel + "/");
            d = new Dir(parent, rel.getBytes(StandardCharsets.UTF_8), holdsStart,
                    read(top.resolve(rel).resolve(".gitignore"), true));
            dirs.put(rel, d);
        }
        return d;
    }

    /** A folder of the tree: its own {@code .gitignore} and, once asked, whether git leaves it out. */
    private final class Dir {
        final Dir parent;
        final byte[] rel;
        final GitIgnoreRules rules;
        private Boolean excluded;

        Dir(Dir parent, byte[] rel, boolean holdsStart, GitIgnoreRules rules) {
            this.parent = parent;
            this.rel = rel;
            this.rules = rules;
            if (holdsStart) {
                excluded = false; // the audited folder, or one above it: never left out as a whole
            }
        }

        boolean excluded() {
            if (excluded == null) {
                excluded = parent.excluded() || GitIgnores.this.excluded(rel, parent, true);
            }
            return excluded;
        }
    }

    private static GitIgnoreRules read(Path file, boolean inTree) {
        try {
            BasicFileAttributes a = inTree
                    ? Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    : Files.readAttributes(file, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                return null;
            }
            GitIgnoreRules rules = GitIgnoreRules.parse(Files.readAllBytes(file));
            return rules.isEmpty() ? null : rules;
        } catch (IOException e) {
            return null;
        }
    }
}
