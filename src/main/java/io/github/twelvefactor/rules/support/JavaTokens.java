package io.github.twelvefactor.rules.support;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The tokens of a Java file as {@link JavaLexer} reads them (comments skipped, numbers left out),
 * with each bracket's partner: enough to follow calls and blocks without a parse. Built only for
 * files a rule's word check let through.
 */
public final class JavaTokens {
    public enum Kind { IDENTIFIER, STRING, CHAR, PUNCTUATION }

    private final String src;
    private Kind[] kinds = new Kind[256];
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private int[] lines = new int[256];
    private int[] columns = new int[256];
    /** The decoded values of string literals, by token; null for other tokens. */
    private String[] values = new String[256];
    private int[] partners;
    private int size;

    private JavaTokens(String src) {
        this.src = src;
    }

    public static JavaTokens of(String src) {
        JavaTokens t = new JavaTokens(src);
        JavaLexer.scan(src, new JavaLexer.Listener() {
            @Override
            public void identifier(String source, int start, int end, int line, int column) {
                t.add(Kind.IDENTIFIER, start, end, line, column);
            }

            @Override
            public void string(String value, int offset, int line, int column) {
                t.add(Kind.STRING, offset, offset + 1, line, column);
                t.values[t.size - 1] = value;
            }

            @Override
            public void charLiteral(int offset, int line, int column) {
                t.add(Kind.CHAR, offset, offset + 1, line, column);
            }

            @Override
            public void punctuation(char c, int offset, int line, int column) {
                t.add(Kind.PUNCTUATION, offset, offset + 1, line, column);
            }
        });
        t.pair();
        return t;
    }

    private void add(Kind kind, int start, int end, int line, int column) {
        if (size == kinds.length) {
            int n = size * 2;
            kinds = Arrays.copyOf(kinds, n);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            lines = Arrays.copyOf(lines, n);
            columns = Arrays.copyOf(columns, n);
            values = Arrays.copyOf(values, n);
        }
        kinds[size] = kind;
        starts[size] = start;
        ends[size] = end;
        lines[size] = line;
        columns[size] = column;
        size++;
    }

    /** Pairs ( with ), [ with ], { with }; an unmatched one gets -1. */
    private void pair() {
        partners = new int[size];
        Arrays.fill(partners, -1);
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < size; i++) {
            char c = kinds[i] == Kind.PUNCTUATION ? src.charAt(starts[i]) : 0;
            if (c == '(' || c == '[' || c == '{') {
                open.push(i);
            } else if (c == ')' || c == ']' || c == '}') {
                char want = c == ')' ? '(' : c == ']' ? '[' : '{';
                // a stray closer (broken source) closes nothing; an opener left open is dropped
                while (!open.isEmpty() && src.charAt(starts[open.peek()]) != want) {
                    open.pop();
                }
                if (!open.isEmpty()) {
                    int o = open.pop();
                    partners[o] = i;
                    partners[i] = o;
                }
            }
        }
    }

    public int size() {
        return size;
    }

    public Kind kind(int i) {
        return kinds[i];
    }

    /** True when token {@code i} exists and is the identifier (or keyword) {@code word}. */
    public boolean isWord(int i, String word) {
        return i >= 0 && i < size && kinds[i] == Kind.IDENTIFIER && ends[i] - starts[i] == word.length()
                && src.startsWith(word, starts[i]);
    }

    /** True when token {@code i} exists and is the punctuation {@code c}. */
    public boolean is(int i, char c) {
        return i >= 0 && i < size && kinds[i] == Kind.PUNCTUATION && src.charAt(starts[i]) == c;
    }

    public boolean isIdentifier(int i) {
        return i >= 0 && i < size && kinds[i] == Kind.IDENTIFIER;
    }

    /** The punctuation character of token {@code i}, or 0 for any other token (or none). */
    public char punctuation(int i) {
        return i >= 0 && i < size && kinds[i] == Kind.PUNCTUATION ? src.charAt(starts[i]) : 0;
    }

    /**
     * The source text of token {@code i}: a whole identifier or one punctuation character; for a
     * string or char literal only its opening quote (its value is {@link JavaLexer}'s to decode).
     */
    public String text(int i) {
        return src.substring(starts[i], ends[i]);
    }

    /** Where token {@code i} starts in the source. */
    public int start(int i) {
        return starts[i];
    }

    /** The value of string literal {@code i} (escapes decoded), or null for another token. */
    public String value(int i) {
        return values[i];
    }

    /**
     * True when token {@code i} is a string literal written as its value between two quotes: no
     * escape sequence, not a text block (its column is then the opening quote's, as javaparser gives).
     */
    public boolean isPlainString(int i) {
        return i >= 0 && i < size && kinds[i] == Kind.STRING && writtenAsIs(src, starts[i], values[i]);
    }

    /**
     * True when the string literal at {@code offset} of {@code src} is {@code value} between two quotes:
     * no escape sequence, not a text block.
     */
    public static boolean writtenAsIs(String src, int offset, String value) {
        int close = offset + 1 + value.length();
        return !src.startsWith("\"\"\"", offset) && close < src.length() && src.startsWith(value, offset + 1)
                && src.charAt(close) == '"';
    }

    /** True when {@code src[start, end)} is the identifier {@code toCharArray}. */
    public static boolean isToCharArray(String src, int start, int end) {
        return end - start == 11 && src.startsWith("toCharArray", start);
    }

    /** The partner of a bracket, or -1. */
    public int partner(int i) {
        return partners[i];
    }

    /** True when tokens {@code i} and {@code i + 1} are adjacent {@code -} and {@code >}. */
    public boolean isArrow(int i) {
        return is(i, '-') && is(i + 1, '>') && starts[i + 1] == starts[i] + 1;
    }

    public int line(int i) {
        return lines[i];
    }

    public int column(int i) {
        return columns[i];
    }
}
