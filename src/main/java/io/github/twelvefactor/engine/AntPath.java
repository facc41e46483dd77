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

    private AntPath(String pattern) {
        this.pattern = pattern;
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
        return new AntPath(p);
    }

    boolean matches(String path) {
        if (literal == null) {
            return SelectorUtils.matchPath(pattern, path, "/", true);
        }
        return rooted == path.startsWith("/") && literal.equals(segments(path));
    }

    /** The pattern without its last {@code /**}, for a folder pattern ({@code legacy/**}) that names the folder itself; null when it has none. */
    AntPath folder() {
        return pattern.endsWith("/**") ? new AntPath(pattern.substring(0, pattern.length() - 3)) : null;
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
