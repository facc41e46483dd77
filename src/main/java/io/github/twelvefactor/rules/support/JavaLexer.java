package io.github.twelvefactor.rules.support;

/**
 * A single pass over Java source that reports identifiers, string literals (text blocks too,
 * decoded), char literals and punctuation, skipping comments. It is far cheaper than a parse, so
 * rules use it to decide whether a file is worth parsing, or when string literals are all they need.
 * It is forgiving: broken source never throws, it just yields less.
 */
public final class JavaLexer {

    /** Receives tokens in source order; lines and columns are 1-based. */
    public interface Listener {
        /** An identifier or keyword: {@code source.substring(start, end)}. */
        default void identifier(String source, int start, int end, int line, int column) {
        }

        /** A string literal or text block, escapes decoded; {@code offset} is its opening quote's. */
        default void string(String value, int offset, int line, int column) {
        }

        default void charLiteral(int offset, int line, int column) {
        }

        /** Any other non-blank character outside literals and comments, at {@code offset}. */
        default void punctuation(char c, int offset, int line, int column) {
        }

        /** True once the listener has its answer: the scan ends early. */
        default boolean done() {
            return false;
        }
    }

    private static final byte ID_START = 1;
    private static final byte ID_PART = 2;
    private static final byte DIGIT = 4;
    private static final byte LETTER_OR_DIGIT = 8;
    private static final byte WHITESPACE = 16;

    /** {@code Character}'s answers for ASCII, asked once: a table lookup compiles to far less code. */
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (byte) ((Character.isJavaIdentifierStart(c) ? ID_START : 0)
                    | (Character.isJavaIdentifierPart(c) ? ID_PART : 0)
                    | (Character.isDigit(c) ? DIGIT : 0)
                    | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0)
                    | (Character.isWhitespace(c) ? WHITESPACE : 0));
        }
    }

    private JavaLexer() {
    }

    /**
     * Reads {@code src} and tells {@code listener}; {@link Listener#done()} is asked before the first
     * token and after each one. The source is read as a char array through ASCII tables, not with
     * {@code String.charAt} and {@code Character}'s methods: the same tokens in half the time, both
     * while the JVM still interprets (every cold build) and once compiled.
     */
    public static void scan(String src, Listener listener) {
        char[] s = src.toCharArray();
        int n = s.length;
        int line = 1;
        int lineStart = 0;
        int i = 0;
        boolean done = listener.done();
        while (i < n && !done) {
            char c = s[i];
            if (c == '\n') {
                line++;
                lineStart = ++i;
            } else if (c == '/' && i + 1 < n && s[i + 1] == '/') {
                while (i < n && s[i] != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && s[i + 1] == '*') {
                int k = i + 2;
                while (k < n && !(s[k] == '*' && k + 1 < n && s[k + 1] == '/')) {
                    k++;
                }
                int end = k < n ? k + 2 : n;
                for (k = i; k < end; k++) {
                    if (s[k] == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = end;
            } else if (c == '"') {
                int startLine = line;
                int column = i - lineStart + 1;
                int start = i;
                String value;
                if (i + 2 < n && s[i + 1] == '"' && s[i + 2] == '"') {
                    StringBuilder raw = new StringBuilder();
                    i = textBlock(src, i + 3, raw);
                    value = stripIndent(raw);
                } else {
                    // most literals hold no escape: one copy, no builder
                    int k = i + 1;
                    while (k < n && s[k] != '"' && s[k] != '\n' && s[k] != '\\') {
                        k++;
                    }
                    if (k < n && s[k] == '\\') {
                        StringBuilder out = new StringBuilder(k - i + 16).append(s, i + 1, k - i - 1);
                        i = stringLiteral(src, k, out);
                        value = out.toString();
                    } else {
                        value = new String(s, i + 1, k - i - 1);
                        i = k < n && s[k] == '"' ? k + 1 : k;
                    }
                }
                for (int k = start; k < i; k++) {
                    if (s[k] == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                listener.string(value, start, startLine, column);
                done = listener.done();
            } else if (c == '\'') {
                listener.charLiteral(i, line, i - lineStart + 1);
                done = listener.done();
                int k = i + 1;
                while (k < n && s[k] != '\'' && s[k] != '\n') {
                    k += s[k] == '\\' ? 2 : 1;
                }
                i = Math.min(n, k + 1);
            } else if (c < 128 ? (ASCII[c] & ID_START) != 0 : Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && (s[i] < 128 ? (ASCII[s[i]] & ID_PART) != 0 : Character.isJavaIdentifierPart(s[i]))) {
                    i++;
                }
                listener.identifier(src, start, i, line, start - lineStart + 1);
                done = listener.done();
            } else if (c < 128 ? (ASCII[c] & DIGIT) != 0 : Character.isDigit(c)) {
                while (i < n && (s[i] < 128 ? (ASCII[s[i]] & LETTER_OR_DIGIT) != 0 || s[i] == '_' || s[i] == '.'
                        : Character.isLetterOrDigit(s[i]))) {
                    i++;
                }
            } else {
                if (c < 128 ? (ASCII[c] & WHITESPACE) == 0 : !Character.isWhitespace(c)) {
                    listener.punctuation(c, i, line, i - lineStart + 1);
                    done = listener.done();
                }
                i++;
            }
        }
    }

    /** Reads a one-line string literal starting after its quote; returns the index after its end. */
    static int stringLiteral(String src, int from, StringBuilder out) {
        int i = from;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\n') {
                return i; // unterminated: stop at the line's end
            }
            i = c == '\\' ? escape(src, i, out) : append(out, c, i);
        }
        return i;
    }

    static int textBlock(String src, int from, StringBuilder out) {
        int i = src.indexOf('\n', from);
        if (i < 0) {
            return src.length();
        }
        i++;
        while (i < src.length()) {
            if (src.startsWith("\"\"\"", i)) {
                return i + 3;
            }
            char c = src.charAt(i);
            if (c == '\\' && i + 1 < src.length() && src.charAt(i + 1) == '\n') {
                i += 2; // line continuation
                continue;
            }
            i = c == '\\' ? escape(src, i, out) : append(out, c, i);
        }
        return i;
    }

    private static int append(StringBuilder out, char c, int i) {
        out.append(c);
        return i + 1;
    }

    /** Decodes the escape at {@code i} (a backslash); returns the index after it. */
    private static int escape(String src, int i, StringBuilder out) {
        if (i + 1 >= src.length()) {
            return i + 1;
        }
        char e = src.charAt(i + 1);
        switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 's' -> out.append(' ');
            case 'u' -> {
                int k = i + 1;
                while (k < src.length() && src.charAt(k) == 'u') {
                    k++;
                }
                if (k + 4 <= src.length()) {
                    try {
                        out.append((char) Integer.parseInt(src.substring(k, k + 4), 16));
                        return k + 4;
                    } catch (NumberFormatException ex) {
                        out.append('u');
                    }
                }
                return k;
            }
            default -> {
                if (e >= '0' && e <= '7') {
                    int k = i + 1;
                    int v = 0;
                    while (k < src.length() && k < i + 4 && src.charAt(k) >= '0' && src.charAt(k) <= '7') {
                        v = v * 8 + (src.charAt(k) - '0');
                        k++;
                    }
                    out.append((char) v);
                    return k;
                }
                out.append(e);
            }
        }
        return i + 2;
    }

    /** A text block's content without the indentation its lines share (roughly what javac does). */
    static String stripIndent(CharSequence raw) {
        return raw.toString().stripIndent();
    }
}
