package io.github.twelvefactor.rules.support;

/**
 * {@link JavaLexer} as it was before it read a char array through ASCII tables: {@code
 * JavaLexerDifferentialTest} requires the same events from both. Written for clarity, with a
 * {@code String} and {@code Character}'s methods at every step, which made its compiled form large
 * (a tenth of a second and more of the JIT's time in every cold build).
 */
final class JavaLexerReference {

    private JavaLexerReference() {
    }

    static void scan(String src, JavaLexer.Listener listener) {
        int n = src.length();
        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (i < n && !listener.done()) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = ++i;
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (int k = i; k < end; k++) {
                    if (src.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = end;
            } else if (c == '"') {
                int startLine = line;
                int column = i - lineStart + 1;
                boolean block = src.startsWith("\"\"\"", i);
                StringBuilder value = new StringBuilder();
                int start = i;
                i = block ? textBlock(src, i + 3, value) : stringLiteral(src, i + 1, value);
                for (int k = start; k < i; k++) {
                    if (src.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                listener.string(block ? stripIndent(value) : value.toString(), start, startLine, column);
            } else if (c == '\'') {
                listener.charLiteral(i, line, i - lineStart + 1);
                int k = i + 1;
                while (k < n && src.charAt(k) != '\'' && src.charAt(k) != '\n') {
                    k += src.charAt(k) == '\\' ? 2 : 1;
                }
                i = Math.min(n, k + 1);
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(src.charAt(i))) {
                    i++;
                }
                listener.identifier(src, start, i, line, start - lineStart + 1);
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_' || src.charAt(i) == '.')) {
                    i++;
                }
            } else {
                if (!Character.isWhitespace(c)) {
                    listener.punctuation(c, i, line, i - lineStart + 1);
                }
                i++;
            }
        }
    }

    /** Reads a one-line string literal starting after its quote; returns the index after its end. */
    private static int stringLiteral(String src, int from, StringBuilder out) {
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

    private static int textBlock(String src, int from, StringBuilder out) {
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
    private static String stripIndent(CharSequence raw) {
        return raw.toString().stripIndent();
    }
}
