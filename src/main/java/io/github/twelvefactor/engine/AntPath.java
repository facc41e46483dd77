package io.github.twelvefactor.engine;

import org.codehaus.plexus.util.SelectorUtils;

/**
 * An include or exclude pattern, matched as {@code SelectorUtils.matchPath(pattern, path, "/", true)}
 * matches it (Ant style: {@code **}, {@code *}, {@code ?}, {@code %regex[...]}), but looked at once
 * rather than for every file: a pattern without a wildcard (the baseline file, a named folder) is
 * compared as text, which is what the walk asks thousands of times.
 */
final class AntPath {
    private final String pattern;
    /** The pattern's segments joined by {@code /} when it holds no wildcard, else null. */
    private final String literal;
    private final boolean rooted;
    /** For a folder pattern ({@code legacy/**}), the folder itself ({@code legacy}); else null. */
    private final AntPath folder;

    private AntPath(String pattern, boolean withFolder) {
        this.pattern = pattern;
        this.folder = withFolder && pattern.endsWith("/**") ? new AntPath(pattern.substring(0, pattern.length() - 3), false) : null;
        boolean wild = pattern.startsWith("%") || pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
        this.literal = wild ? null : segments(pattern);
        this.rooted = pattern.startsWith("/");
    }

    /** A pattern as the user wrote it: trimmed, {@code \} read as {@code /}, a trailing {@code /} read as {@code /**}. */
    static AntPath of(String userPattern) {
        String p = userPattern.trim().replace('\\', '/');
        if (p.endsWith("/")) {
            p = p + "**";
        }
        return new AntPath(p, true);
    }

    /** A pattern taken as written but for {@code \} read as {@code /} (as Maven's resource filtering reads its includes). */
    static AntPath exact(String pattern) {
        return new AntPath(pattern.replace('\\', '/'), false);
    }

    boolean matches(String path) {
        if (literal == null) {
            return SelectorUtils.matchPath(pattern, path, "/", true);
        }
        return rooted == path.startsWith("/") && literal.equals(segments(path));
    }

    /**
     * True when {@code folderPath} (a folder's path with its trailing {@code /}) is the folder a
     * folder pattern names: {@code legacy/**} leaves out {@code legacy/} itself, not only what is in it.
     */
    boolean namesFolder(String folderPath) {
        return folder != null && folderPath.endsWith("/") && folder.matches(folderPath.substring(0, folderPath.length() - 1));
    }

    /** Segments joined by one {@code /}: as a tokenizer on {@code /} reads a path (empty segments dropped). */
    private static String segments(String path) {
        if (!path.startsWith("/") && !path.endsWith("/") && !path.contains("//")) {
            return path;
        }
        StringBuilder b = new StringBuilder(path.length());
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                b.append(b.length() == 0 ? "" : "/").append(s);
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
