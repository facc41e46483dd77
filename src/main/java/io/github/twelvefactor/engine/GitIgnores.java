package io.github.twelvefactor.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.NavigableSet;
import java.util.TreeSet;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.ignore.IgnoreNode;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;

/**
 * Answers "would git leave this file out?" as {@code git ls-files --cached --others
 * --exclude-standard} does: a file git tracks is always in; an untracked file is out when a
 * {@code .gitignore} (in its folder or any folder above it up to the work tree's root) or
 * {@code .git/info/exclude} ignores it. Outside a git work tree, the {@code .gitignore} files from
 * {@code top} down alone decide. The user's global excludes file is not read, so that every
 * machine audits the same files.
 */
final class GitIgnores {
    private final Path top;
    private final NavigableSet<String> tracked;
    private final IgnoreNode infoExclude;
    /** The {@code .gitignore} of each folder asked about; empty when it has none. */
    private final Map<Path, Optional<IgnoreNode>> nodes = new HashMap<>();

    private GitIgnores(Path top, NavigableSet<String> tracked, IgnoreNode infoExclude) {
        this.top = top;
        this.tracked = tracked;
        this.infoExclude = infoExclude;
    }

    /** For a tree under {@code start}; {@code fallbackTop} is the topmost folder read outside git. */
    static GitIgnores forTree(Path start, Path fallbackTop) {
        FileRepositoryBuilder b = new FileRepositoryBuilder().setMustExist(false).readEnvironment();
        b.findGitDir(start.toFile());
        if (b.getGitDir() != null) {
            try (Repository repo = b.setMustExist(true).build()) {
                if (!repo.isBare()) {
                    Path work = repo.getWorkTree().toPath().toRealPath();
                    NavigableSet<String> tracked = new TreeSet<>();
                    DirCache dc = DirCache.read(repo.getIndexFile(), FS.DETECTED);
                    for (int i = 0; i < dc.getEntryCount(); i++) {
                        tracked.add(dc.getEntry(i).getPathString());
                    }
                    return new GitIgnores(work, tracked,
                            read(repo.getDirectory().toPath().resolve("info").resolve("exclude")));
                }
            } catch (IOException | RuntimeException e) {
                // a broken or foreign repository: fall back to the .gitignore files alone
            }
        }
        return new GitIgnores(fallbackTop, new TreeSet<>(), null);
    }

    /** True when git would leave {@code file} (or the whole folder) out of the audit. */
    boolean ignored(Path path, boolean directory) {
        String rel = relative(path);
        if (rel == null || rel.isEmpty()) {
            return false;
        }
        if (directory) {
            String prefix = rel + "/";
            String next = tracked.ceiling(prefix);
            if (next != null && next.startsWith(prefix)) {
                return false; // it holds tracked files: walk it, and decide per file
            }
        } else if (tracked.contains(rel)) {
            return false;
        }
        Path dir = path.getParent();
        while (dir != null && dir.startsWith(top)) {
            IgnoreNode node = node(dir);
            if (node != null) {
                String sub = top.equals(dir) ? rel : dir.relativize(path).toString().replace('\\', '/');
                Boolean r = node.checkIgnored(sub, directory);
                if (r != null) {
                    return r;
                }
            }
            if (dir.equals(top)) {
                break;
            }
            dir = dir.getParent();
        }
        if (infoExclude != null) {
            Boolean r = infoExclude.checkIgnored(rel, directory);
            return r != null && r;
        }
        return false;
    }

    private String relative(Path path) {
        if (!path.startsWith(top)) {
            return null;
        }
        return top.relativize(path).toString().replace('\\', '/');
    }

    private IgnoreNode node(Path dir) {
        return nodes.computeIfAbsent(dir, d -> Optional.ofNullable(read(d.resolve(".gitignore")))).orElse(null);
    }

    private static IgnoreNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        IgnoreNode n = new IgnoreNode();
        try (InputStream in = Files.newInputStream(file)) {
            n.parse(in);
            return n;
        } catch (IOException e) {
            return null;
        }
    }
}
