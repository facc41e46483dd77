package io.github.twelvefactor.rules.support;

/**
 * {@link JavaLexer} as it was before it read a char array through ASCII tables: {@code
 * JavaLexerDifferentialTest} requires the same events from both. Written for clarity, with
 * {@code String.charAt} and {@code Character}'s methods at every step, which made it about twice as
 * slow, interpreted and compiled. Literals are decoded by {@link JavaLexer}'s own helpers, which did
 * not change.
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
                i = block ? JavaLexer.textBlock(src, i + 3, value) : JavaLexer.stringLiteral(src, i + 1, value);
                for (int k = start; k < i; k++) {
                    if (src.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                listener.string(block ? JavaLexer.stripIndent(value) : value.toString(), start, startLine, column);
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
}
