package io.github.twelvefactor.engine;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lists the files a module audits: its basedir tree without the folders of other modules, its
 * build folder, {@code .git}, {@code node_modules}, {@code .mvn/wrapper}, what git leaves out, and
 * what the user's includes/excludes leave out. Symbolic links are not followed out of the tree nor
 * into a loop, and such a link is named as skipped (see {@link #unfollowedLink}).
 */
final class FileWalker {
    static final Set<String> ALWAYS_SKIPPED_DIRS = Set.of(".git", "node_modules", ".svn", ".hg");
    private static final Set<String> BINARY_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "ico", "bmp", "webp",
            "svgz", "jar", "war", "ear", "class", "zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "pdf", "woff", "woff2",
            "ttf", "otf", "eot", "mp3", "mp4", "mov", "avi", "wav", "ogg", "so", "dll", "dylib", "exe", "bin", "dat",
            "db", "sqlite", "mv.db", "keystore", "jks", "p12", "pfx", "der", "psd", "xls", "xlsx", "doc", "docx",
            "ppt", "pptx", "iml", "lock");

    /**
     * The files to read, sorted by their path in the module; {@code paths}: those paths, and
     * {@code attributes}: each one's size and time as the walk saw them (the cache compares them, with
     * no second look at the disk), both in the files' order; {@code binaries}: the module paths of
     * files listed but not read because their name says binary ({@code .jar}, {@code .png}...).
     */
    record Listing(List<Path> files, List<String> paths, List<BasicFileAttributes> attributes, List<String> binaries,
            List<FileIssue> issues) {
    }

    /** One listed file; sorted by {@code rel}, a string, which compares far faster than a path. */
    private record Found(String rel, Path path, BasicFileAttributes attributes) {
    }

    private static final Comparator<Found> BY_REL = new Comparator<>() { // no lambda: see Finding.comparePlace
        @Override
        public int compare(Found a, Found b) {
            return a.rel().compareTo(b.rel());
        }
    };

    private final AuditRequest request;
    private final Path base;

    private final List<AntPath> includes;
    private final List<AntPath> excludes;

    FileWalker(AuditRequest request) throws IOException {
        this.request = request;
        this.base = request.basedir().toRealPath();
        this.includes = patterns(request.includes());
        this.excludes = patterns(request.excludes());
    }

    private static List<AntPath> patterns(List<String> globs) {
        List<AntPath> out = new ArrayList<>(globs.size());
        for (String g : globs) {
            out.add(AntPath.of(g));
        }
        return out;
    }

    Listing list() throws IOException {
        List<Found> found = new ArrayList<>();
        List<FileIssue> issues = new ArrayList<>();
        List<Found> binaries = new ArrayList<>();
        GitIgnores git = GitIgnores.forTree(base, request.rootDir().toRealPath());
        List<Path> excludedDirs = new ArrayList<>();
        for (Path p : request.excludedDirs()) {
            try {
                excludedDirs.add(p.toRealPath());
            } catch (IOException e) {
                // a module folder that does not exist has nothing to exclude
            }
        }
        // each folder read once, each entry's attributes read once without following links (as
        // Files.walkFileTree does, without its event machinery: a fifth of the walk on a warm build)
        ArrayDeque<Path> folders = new ArrayDeque<>();
        folders.push(base);
        while (!folders.isEmpty()) {
            Path dir = folders.pop();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    BasicFileAttributes attrs;
                    try {
                        attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    } catch (IOException e) {
                        issues.add(unreadable(entry, e));
                        continue;
                    }
                    if (attrs.isDirectory()) {
                        if (entered(entry, git, excludedDirs)) {
                            folders.push(entry);
                        }
                    } else {
                        visitFile(entry, attrs, git, found, binaries, issues);
                    }
                }
            } catch (DirectoryIteratorException e) {
                issues.add(unreadable(dir, e.getCause()));
            } catch (IOException e) {
                issues.add(unreadable(dir, e));
            }
        }
        found.sort(BY_REL);
        binaries.sort(BY_REL);
        List<Path> files = new ArrayList<>(found.size());
        List<String> paths = new ArrayList<>(found.size());
        List<BasicFileAttributes> attributes = new ArrayList<>(found.size());
        for (Found f : found) {
            files.add(f.path());
            paths.add(f.rel());
            attributes.add(f.attributes());
        }
        List<String> binaryPaths = new ArrayList<>(binaries.size());
        for (Found b : binaries) {
            binaryPaths.add(b.rel());
        }
        return new Listing(files, paths, attributes, binaryPaths, issues);
    }

    /** Whether the walk goes into {@code dir}: not a skipped folder, another module's, git-ignored or excluded. */
    private boolean entered(Path dir, GitIgnores git, List<Path> excludedDirs) {
        String rel = rel(dir);
        String name = dir.getFileName().toString();
        return !(ALWAYS_SKIPPED_DIRS.contains(name) || rel.equals(".mvn/wrapper") || excludedDirs.contains(dir)
                || dir.equals(request.buildDir()) || (rel.equals("target") && request.buildDir() == null)
                || git.ignored(dir, true) || excludedByUser(rel + "/"));
    }

    private void visitFile(Path file, BasicFileAttributes attrs, GitIgnores git, List<Found> found, List<Found> binaries,
            List<FileIssue> issues) {
        String rel = rel(file);
        if (!included(rel) || git.ignored(file, false)) {
            return;
        }
        if (attrs.isSymbolicLink()) {
            String why = unfollowedLink(file);
            if (why != null) {
                issues.add(new FileIssue(linkDisplay(file), FileIssue.Kind.SKIPPED, why));
                return;
            }
            try {
                attrs = Files.readAttributes(file.toRealPath(), BasicFileAttributes.class);
            } catch (IOException e) {
                issues.add(new FileIssue(linkDisplay(file), FileIssue.Kind.SKIPPED,
                        "symbolic link that cannot be read: " + e.getClass().getSimpleName()));
                return;
            }
        }
        if (!attrs.isRegularFile()) {
            return;
        }
        if (isBinaryByName(rel)) {
            binaries.add(new Found(rel, file, attrs));
            return;
        }
        if (attrs.size() > request.maxFileSize()) {
            issues.add(new FileIssue(request.display(file), FileIssue.Kind.SKIPPED,
                    "larger than " + request.maxFileSize() / 1024 + " KiB (" + attrs.size() / 1024 + " KiB)"));
            return;
        }
        found.add(new Found(rel, file, attrs));
    }

    private FileIssue unreadable(Path path, IOException e) {
        return new FileIssue(request.display(path), FileIssue.Kind.SKIPPED, "unreadable: " + e.getClass().getSimpleName());
    }

    /**
     * Why a symbolic link is not followed, or null when it is read like a file: a link to a file in
     * the tree is read; a link to a folder in the tree is not followed, and silently so when that
     * folder is walked anyway, but one that points at a folder above it is a loop and is named; a
     * link out of the tree and a dangling link are named, so that nothing is dropped unsaid.
     */
    private String unfollowedLink(Path link) {
        Path real;
        try {
            real = link.toRealPath();
        } catch (NoSuchFileException e) {
            return "dangling symbolic link: not followed";
        } catch (IOException e) {
            return "symbolic link that cannot be resolved (" + e.getClass().getSimpleName() + "): not followed";
        }
        if (!real.startsWith(base)) {
            return "symbolic link out of the module's folder: not followed";
        }
        if (Files.isDirectory(real)) {
            return link.getParent().startsWith(real) ? "symbolic link loop (to a folder above it): not followed" : null;
        }
        return null;
    }

    /**
     * A link's path as reports show it: its folder resolved, its own name kept ({@link
     * AuditRequest#display} would resolve the link itself, and show where it points).
     */
    private String linkDisplay(Path link) {
        String dir = request.display(link.getParent());
        String name = link.getFileName().toString();
        return dir.isEmpty() ? name : dir + "/" + name;
    }

    private String rel(Path p) {
        return AuditCache.modulePath(base, p);
    }

    private boolean included(String rel) {
        if (excludedByUser(rel)) {
            return false;
        }
        if (includes.isEmpty()) {
            return true;
        }
        for (AntPath inc : includes) {
            if (inc.matches(rel)) {
                return true;
            }
        }
        return false;
    }

    private boolean excludedByUser(String rel) {
        for (AntPath ex : excludes) {
            // a folder pattern (legacy/**) also skips the folder itself
            if (ex.matches(rel) || ex.namesFolder(rel)) {
                return true;
            }
        }
        return false;
    }

    static boolean isBinaryByName(String rel) {
        String name = rel.substring(rel.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && BINARY_EXTENSIONS.contains(name.substring(dot + 1));
    }
}
