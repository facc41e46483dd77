package io.github.twelvefactor.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The patterns of one {@code .gitignore} file (or of {@code .git/info/exclude}), matched with git's own
 * semantics (see {@code man gitignore}; the rules below follow git's {@code dir.c} and
 * {@code wildmatch.c}, which decide what {@code git ls-files --exclude-standard} leaves out):
 * <ul>
 * <li>a UTF-8 byte order mark is skipped; lines end at LF, a CR before it is dropped; blank lines and
 * lines starting with {@code #} are no patterns; trailing spaces are dropped unless escaped with
 * {@code \};</li>
 * <li>{@code !} negates; a trailing {@code /} matches directories only;</li>
 * <li>a pattern with no {@code /} (but a trailing one) matches the name at any depth; any other is
 * anchored to the folder of the file ({@code /} at the start only anchors);</li>
 * <li>{@code *} and {@code ?} never match {@code /}; {@code [...]} with ranges, {@code !} or
 * {@code ^} negation and {@code [:alpha:]}-style classes; {@code \} escapes; {@code **} matches
 * any depth when it stands alone between slashes (leading {@code **}{@code /}, trailing
 * {@code /**}, middle {@code /**}{@code /}), else it is a plain {@code *};</li>
 * <li>the last pattern that matches decides.</li>
 * </ul>
 * Matching is on UTF-8 bytes, as git's is ({@code ?} is one byte), and case-sensitive (git's
 * {@code core.ignoreCase} is not read). Each pattern is parsed once; matching a path allocates nothing.
 * Which files are consulted, and in which order, is {@link GitIgnores}' business.
 */
final class GitIgnoreRules {
    /** {@link #match} results. */
    static final int UNDECIDED = -1;
    static final int INCLUDED = 0;
    static final int EXCLUDED = 1;

    private static final int NEGATIVE = 1;
    private static final int MUST_BE_DIR = 2;
    /** No slash in the pattern: it is matched against the last path segment only. */
    private static final int BASENAME = 4;
    /** {@code *literal}: a suffix comparison. */
    private static final int ENDS_WITH = 8;

    private static final int MATCH = 0;
    private static final int NO_MATCH = 1;
    private static final int ABORT_ALL = -1;
    private static final int ABORT_TO_STARSTAR = -2;

    private final byte[][] patterns;
    private final int[] flags;
    /** Length of each pattern's leading part without wildcards or escapes, compared byte by byte. */
    private final int[] literal;

    private GitIgnoreRules(byte[][] patterns, int[] flags, int[] literal) {
        this.patterns = patterns;
        this.flags = flags;
        this.literal = literal;
    }

    static GitIgnoreRules parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The rules of a file's bytes, read as git reads them (UTF-8, LF or CRLF). */
    static GitIgnoreRules parse(byte[] b) {
        int n = 0;
        byte[][] pats = new byte[8][];
        int[] fl = new int[8];
        int[] lit = new int[8];
        int start = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int s = start; s < b.length;) {
            int nl = indexOf(b, (byte) '\n', s, b.length);
            int e = nl < 0 ? b.length : nl;
            int next = e + 1;
            if (e > s && b[s] != '#') {
                if (b[e - 1] == '\r') {
                    e--;
                }
                int nul = indexOf(b, (byte) 0, s, e); // git's lines are C strings
                if (nul >= 0) {
                    e = nul;
                }
                e = trimTrailingSpaces(b, s, e);
                int f = 0;
                if (s < e && b[s] == '!') {
                    f |= NEGATIVE;
                    s++;
                }
                int len = e - s;
                if (len > 0 && b[e - 1] == '/') {
                    len--;
                    f |= MUST_BE_DIR;
                }
                if (len > 0) { // an empty pattern ("", "!", "/") can match nothing
                    if (indexOf(b, (byte) '/', s, s + len) < 0) {
                        f |= BASENAME;
                    }
                    int nowild = Math.min(simpleLength(b, s, e), len);
                    if (b[s] == '*' && simpleLength(b, s + 1, e) == e - s - 1) {
                        f |= ENDS_WITH;
                    }
                    if ((f & BASENAME) == 0 && b[s] == '/') { // anchored: the leading slash only says so
                        s++;
                        len--;
                        nowild--;
                    }
                    if (n == pats.length) {
                        pats = Arrays.copyOf(pats, n * 2);
                        fl = Arrays.copyOf(fl, n * 2);
                        lit = Arrays.copyOf(lit, n * 2);
                    }
                    pats[n] = Arrays.copyOfRange(b, s, s + len);
                    fl[n] = f;
                    lit[n] = nowild;
                    n++;
                }
            }
            s = next;
        }
        return new GitIgnoreRules(Arrays.copyOf(pats, n), Arrays.copyOf(fl, n), Arrays.copyOf(lit, n));
    }

    boolean isEmpty() {
        return patterns.length == 0;
    }

    /** For tests and callers holding a String: {@code rel} relative to this file's folder. */
    int match(String rel, boolean directory) {
        byte[] b = rel.getBytes(StandardCharsets.UTF_8);
        return match(b, 0, b.length, directory);
    }

    /**
     * {@link #EXCLUDED}, {@link #INCLUDED} (a negated pattern matched last) or {@link #UNDECIDED} for
     * the path {@code path[from, to)}: relative to this file's folder, {@code /}-separated, with no
     * leading or trailing slash. {@code directory} says whether it names a folder.
     */
    int match(byte[] path, int from, int to, boolean directory) {
        int base = to;
        while (base > from && path[base - 1] != '/') {
            base--;
        }
        for (int i = patterns.length - 1; i >= 0; i--) {
            int f = flags[i];
            if ((f & MUST_BE_DIR) != 0 && !directory) {
                continue;
            }
            boolean hit = (f & BASENAME) != 0 ? matchBasename(i, path, base, to) : matchPathname(i, path, from, to);
            if (hit) {
                return (f & NEGATIVE) != 0 ? INCLUDED : EXCLUDED;
            }
        }
        return UNDECIDED;
    }

    private boolean matchBasename(int i, byte[] path, int from, int to) {
        byte[] p = patterns[i];
        int len = to - from;
        if (literal[i] == p.length) {
            return p.length == len && Arrays.equals(p, 0, p.length, path, from, to);
        }
        if ((flags[i] & ENDS_WITH) != 0) {
            return p.length - 1 <= len && Arrays.equals(p, 1, p.length, path, to - (p.length - 1), to);
        }
        return wild(p, 0, 0, p.length, path, from, to, false) == MATCH;
    }

    private boolean matchPathname(int i, byte[] path, int from, int to) {
        byte[] p = patterns[i];
        int prefix = literal[i];
        if (prefix > 0) {
            if (prefix > to - from || !Arrays.equals(p, 0, prefix, path, from, from + prefix)) {
                return false;
            }
            if (prefix == p.length) {
                return to - from == prefix;
            }
        }
        // as git does: the wildcard part starts a pattern of its own (so "foo**/bar" acts like "foo" + "**/bar")
        return wild(p, prefix, prefix, p.length, path, from + prefix, to, true) == MATCH;
    }

    /**
     * git's wildmatch: pattern {@code p[pi, pe)} (which began at {@code ps}) against text
     * {@code t[ti, te)}; {@code pathname}: wildcards do not match {@code /} (WM_PATHNAME).
     */
    private static int wild(byte[] p, int pi, int ps, int pe, byte[] t, int ti, int te, boolean pathname) {
        for (; pi < pe; ti++, pi++) {
            int pc = p[pi] & 0xFF;
            if (ti >= te && pc != '*') {
                return ABORT_ALL;
            }
            int tc = ti < te ? t[ti] & 0xFF : 0;
            switch (pc) {
                case '\\':
                    pi++;
                    if (tc != at(p, pi, pe)) { // a trailing backslash matches nothing
                        return NO_MATCH;
                    }
                    continue;
                case '?':
                    if (pathname && tc == '/') {
                        return NO_MATCH;
                    }
                    continue;
                case '*': {
                    boolean matchSlash;
                    if (at(p, ++pi, pe) == '*') {
                        int prev = pi - 2;
                        while (at(p, ++pi, pe) == '*') {
                            // a run of stars is one "**"
                        }
                        if (!pathname) {
                            matchSlash = true;
                        } else if ((prev < ps || p[prev] == '/')
                                && (pi == pe || p[pi] == '/' || (p[pi] == '\\' && at(p, pi + 1, pe) == '/'))) {
                            // "**/" may match no folder at all: try the rest here first
                            if (pi < pe && p[pi] == '/' && wild(p, pi + 1, ps, pe, t, ti, te, true) == MATCH) {
                                return MATCH;
                            }
                            matchSlash = true;
                        } else {
                            matchSlash = false; // "**" not between slashes is a plain "*"
                        }
                    } else {
                        matchSlash = !pathname;
                    }
                    if (pi == pe) {
                        return !matchSlash && indexOf(t, (byte) '/', ti, te) >= 0 ? NO_MATCH : MATCH;
                    }
                    if (!matchSlash && p[pi] == '/') { // "*/": the rest of this segment, then the slash
                        int slash = indexOf(t, (byte) '/', ti, te);
                        if (slash < 0) {
                            return NO_MATCH;
                        }
                        ti = slash;
                        break;
                    }
                    while (tc != 0) {
                        if (!isGlobSpecial(p[pi])) { // skip ahead to the next place the literal can start
                            int lit = p[pi] & 0xFF;
                            while (ti < te) {
                                tc = t[ti] & 0xFF;
                                if ((!matchSlash && tc == '/') || tc == lit) {
                                    break;
                                }
                                ti++;
                            }
                            if (ti >= te) {
                                tc = 0;
                            }
                            if (tc != lit) {
                                return NO_MATCH;
                            }
                        }
                        int m = wild(p, pi, ps, pe, t, ti, te, pathname);
                        if (m != NO_MATCH) {
                            if (!matchSlash || m != ABORT_TO_STARSTAR) {
                                return m;
                            }
                        } else if (!matchSlash && tc == '/') {
                            return ABORT_TO_STARSTAR;
                        }
                        ti++;
                        tc = ti < te ? t[ti] & 0xFF : 0;
                    }
                    return ABORT_ALL;
                }
                case '[': {
                    int c = at(p, ++pi, pe);
                    if (c == '^') {
                        c = '!';
                    }
                    boolean negated = c == '!';
                    if (negated) {
                        c = at(p, ++pi, pe);
                    }
                    int prev = 0;
                    boolean matched = false;
                    while (true) {
                        if (c == 0) {
                            return ABORT_ALL; // no closing ']': the whole pattern matches nothing
                        }
                        if (c == '\\') {
                            c = at(p, ++pi, pe);
                            if (c == 0) {
                                return ABORT_ALL;
                            }
                            if (tc == c) {
                                matched = true;
                            }
                        } else if (c == '-' && prev != 0 && at(p, pi + 1, pe) != 0 && at(p, pi + 1, pe) != ']') {
                            c = at(p, ++pi, pe);
                            if (c == '\\') {
                                c = at(p, ++pi, pe);
                                if (c == 0) {
                                    return ABORT_ALL;
                                }
                            }
                            if (tc <= c && tc >= prev) {
                                matched = true;
                            }
                            c = 0; // a range end starts no range
                        } else if (c == '[' && at(p, pi + 1, pe) == ':') {
                            int s = pi + 2;
                            int q = s;
                            while (at(p, q, pe) != 0 && at(p, q, pe) != ']') {
                                q++;
                            }
                            if (at(p, q, pe) == 0) {
                                return ABORT_ALL;
                            }
                            int len = q - s - 1;
                            if (len < 0 || p[q - 1] != ':') { // no ":]": a plain '[' in the set
                                pi = s - 2;
                                c = '[';
                                if (tc == c) {
                                    matched = true;
                                }
                            } else {
                                int r = inClass(p, s, len, tc);
                                if (r < 0) {
                                    return ABORT_ALL; // unknown [:class:]
                                }
                                if (r > 0) {
                                    matched = true;
                                }
                                pi = q;
                                c = 0;
                            }
                        } else if (tc == c) {
                            matched = true;
                        }
                        prev = c;
                        c = at(p, ++pi, pe);
                        if (c == ']') {
                            break;
                        }
                    }
                    if (matched == negated || (pathname && tc == '/')) {
                        return NO_MATCH;
                    }
                    continue;
                }
                default:
                    if (tc != pc) {
                        return NO_MATCH;
                    }
                    continue;
            }
        }
        return ti < te ? NO_MATCH : MATCH;
    }

    private static final List<String> CLASSES = List.of("alnum", "alpha", "blank", "cntrl", "digit", "graph", "lower",
            "print", "punct", "space", "upper", "xdigit");

    /** 1: {@code c} is in the POSIX class named by {@code p[s, s+len)}; 0: it is not; -1: no such class. */
    private static int inClass(byte[] p, int s, int len, int c) {
        int k = 0;
        while (k < CLASSES.size() && !named(CLASSES.get(k), p, s, len)) {
            k++;
        }
        boolean upper = c >= 'A' && c <= 'Z';
        boolean lower = c >= 'a' && c <= 'z';
        boolean digit = c >= '0' && c <= '9';
        boolean graph = c > 0x20 && c < 0x7F;
        boolean in = switch (k) {
            case 0 -> upper || lower || digit;
            case 1 -> upper || lower;
            case 2 -> c == ' ' || c == '\t';
            case 3 -> c < 0x20 || c == 0x7F;
            case 4 -> digit;
            case 5 -> graph;
            case 6 -> lower;
            case 7 -> graph || c == ' ';
            case 8 -> graph && !upper && !lower && !digit;
            case 9 -> c == ' ' || c == '\t' || c == '\n' || c == '\r'; // git's own isspace()
            case 10 -> upper;
            case 11 -> digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            default -> false;
        };
        return k == CLASSES.size() ? -1 : in ? 1 : 0;
    }

    private static boolean named(String name, byte[] p, int s, int len) {
        if (name.length() != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (p[s + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int at(byte[] p, int i, int end) {
        return i < end ? p[i] & 0xFF : 0;
    }

    private static boolean isGlobSpecial(byte c) {
        return c == '*' || c == '?' || c == '[' || c == '\\';
    }

    /** Length of the run from {@code s} before the first wildcard or backslash. */
    private static int simpleLength(byte[] b, int s, int e) {
        int i = s;
        while (i < e && !isGlobSpecial(b[i])) {
            i++;
        }
        return i - s;
    }

    private static int trimTrailingSpaces(byte[] b, int s, int e) {
        int lastSpace = -1;
        for (int i = s; i < e; i++) {
            if (b[i] == ' ') {
                if (lastSpace < 0) {
                    lastSpace = i;
                }
            } else if (b[i] == '\\') {
                if (++i == e) {
                    return e; // a trailing backslash: keep the line as it is
                }
                lastSpace = -1;
            } else {
                lastSpace = -1;
            }
        }
        return lastSpace < 0 ? e : lastSpace;
    }

    private static int indexOf(byte[] b, byte c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
