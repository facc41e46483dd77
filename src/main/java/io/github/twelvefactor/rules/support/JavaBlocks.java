package io.github.twelvefactor.rules.support;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What each brace of a Java file opens (a named type, an anonymous class, a method or constructor,
 * a lambda, an initializer, an array initializer, a plain block), read from the tokens alone, so a
 * rule can ask where a token stands, as javaparser's {@code findAncestor} would answer, without a
 * parse. Broken source gives a rougher answer, never an exception.
 */
public final class JavaBlocks {
    public enum Kind { TYPE, ANONYMOUS, CALLABLE, LAMBDA, INITIALIZER, ARRAY, BLOCK }

    private final JavaTokens t;
    /** For each token, the index of the innermost open brace around it, or -1. */
    private final int[] enclosing;
    /** For each opening brace: its kind, and for types and callables their name; -1/null elsewhere. */
    private final Kind[] kinds;
    private final String[] names;
    private final boolean[] mainMethods;

    private JavaBlocks(JavaTokens t) {
        this.t = t;
        int n = t.size();
        enclosing = new int[n];
        kinds = new Kind[n];
        names = new String[n];
        mainMethods = new boolean[n];
    }

    public static JavaBlocks of(JavaTokens tokens) {
        JavaBlocks b = new JavaBlocks(tokens);
        b.read();
        return b;
    }

    private static final class Open {
        final int brace;
        final Kind kind;
        /** Where the current member or statement began: the tokens a brace's meaning is read from. */
        int headerStart;
        /** An enum body before its first {@code ;}: a brace there opens a constant's body. */
        boolean enumConstants;

        Open(int brace, Kind kind, boolean isEnum) {
            this.brace = brace;
            this.kind = kind;
            this.headerStart = brace + 1;
            this.enumConstants = isEnum;
        }
    }

    /** Whether the brace at {@code brace} is still open (a loop, not a stream: see Finding.comparePlace). */
    private static boolean opened(Deque<Open> stack, int brace) {
        for (Open o : stack) {
            if (o.brace == brace) {
                return true;
            }
        }
        return false;
    }

    private void read() {
        Deque<Open> stack = new ArrayDeque<>();
        int topHeaderStart = 0;
        for (int i = 0; i < t.size(); i++) {
            Open top = stack.peek();
            enclosing[i] = top == null ? -1 : top.brace;
            char c = t.punctuation(i);
            if (c == '{') {
                int from = top == null ? topHeaderStart : top.headerStart;
                boolean[] isEnum = {false};
                Kind k = classify(i, top, from, isEnum);
                kinds[i] = k;
                stack.push(new Open(i, k, isEnum[0]));
            } else if (c == '}') {
                int partner = t.partner(i);
                if (partner < 0 || !opened(stack, partner)) {
                    continue; // a stray closer in broken source
                }
                Open closed;
                do {
                    closed = stack.pop();
                } while (closed.brace != partner);
                Open parent = stack.peek();
                if (closed.kind != Kind.ARRAY && closed.kind != Kind.LAMBDA && closed.kind != Kind.ANONYMOUS) {
                    if (parent == null) {
                        topHeaderStart = i + 1;
                    } else {
                        parent.headerStart = i + 1;
                    }
                }
            } else if (c == ';') {
                if (top == null) {
                    topHeaderStart = i + 1;
                } else {
                    top.headerStart = i + 1;
                    top.enumConstants = false;
                }
            }
        }
    }

    private Kind classify(int brace, Open top, int from, boolean[] isEnum) {
        if (brace >= 2 && t.isArrow(brace - 2)) {
            return Kind.LAMBDA;
        }
        char prev = t.punctuation(brace - 1);
        if ((top != null && top.kind == Kind.ARRAY) || prev == '=' || prev == ',' || prev == '(' || prev == ']') {
            return Kind.ARRAY;
        }
        if (prev == ')' && afterNew(t.partner(brace - 1))) {
            return Kind.ANONYMOUS;
        }
        int typeName = typeDeclared(from, brace);
        if (typeName >= 0) {
            names[brace] = t.text(typeName);
            isEnum[0] = t.isWord(typeName - 1, "enum");
            return Kind.TYPE;
        }
        boolean body = top == null || top.kind == Kind.TYPE || top.kind == Kind.ANONYMOUS;
        if (!body) {
            return Kind.BLOCK;
        }
        if (top != null && top.enumConstants) {
            return Kind.ANONYMOUS; // A { ... } or A(1) { ... }: an enum constant's own body
        }
        int paren = firstCallParen(from, brace);
        if (paren < 0) {
            return Kind.INITIALIZER; // static { }, { }, a record's compact constructor
        }
        names[brace] = t.text(paren - 1);
        mainMethods[brace] = names[brace].equals("main") && t.isWord(paren - 2, "void") && parameters(paren) <= 1;
        return Kind.CALLABLE;
    }

    /** True when the {@code (} at {@code open} is a constructor call's: {@code new a.B<C>(}. */
    private boolean afterNew(int open) {
        for (int i = open - 1; i >= 0 && i > open - 64; i--) {
            if (t.isWord(i, "new")) {
                return true;
            }
            char c = t.punctuation(i);
            if (!(t.isIdentifier(i) || c == '.' || c == '<' || c == '>' || c == ',' || c == '?' || c == '&')) {
                return false;
            }
        }
        return false;
    }

    /**
     * The token naming a type declared in {@code [from, to)} ({@code class A}, {@code record R},
     * {@code @interface N}), brackets skipped; or -1. {@code A.class} declares nothing.
     */
    private int typeDeclared(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.punctuation(i);
            int partner = c == '(' || c == '[' || c == '{' ? t.partner(i) : -1;
            if (partner > i) {
                i = partner;
                continue;
            }
            if ((t.isWord(i, "class") || t.isWord(i, "interface") || t.isWord(i, "enum") || t.isWord(i, "record"))
                    && !t.is(i - 1, '.') && t.isIdentifier(i + 1) && i + 1 < to) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The first {@code (} in {@code [from, to)} that follows a name and is no annotation's; or -1. */
    private int firstCallParen(int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.is(i, '@') && t.isIdentifier(i + 1) && !t.isWord(i + 1, "interface")) {
                int k = i + 1;
                while (t.is(k + 1, '.') && t.isIdentifier(k + 2)) {
                    k += 2;
                }
                if (t.is(k + 1, '(') && t.partner(k + 1) > 0) {
                    k = t.partner(k + 1);
                }
                i = k;
                continue;
            }
            if (t.is(i, '(')) {
                return t.isIdentifier(i - 1) ? i : -1;
            }
            if (t.is(i, '{') && t.partner(i) > i) {
                i = t.partner(i); // an enum constant's body before this one
            }
        }
        return -1;
    }

    /** How many parameters the list opened at {@code open} declares (generics' commas not counted). */
    private int parameters(int open) {
        int close = t.partner(open);
        if (close < 0) {
            return Integer.MAX_VALUE;
        }
        if (close == open + 1) {
            return 0;
        }
        int count = 1;
        int angles = 0;
        for (int i = open + 1; i < close; i++) {
            char c = t.punctuation(i);
            if ((c == '(' || c == '[') && t.partner(i) > i) {
                i = t.partner(i);
            } else if (c == '<') {
                angles++;
            } else if (c == '>') {
                angles = Math.max(0, angles - 1);
            } else if (c == ',' && angles == 0) {
                count++;
            }
        }
        return count;
    }

    /** The innermost open brace around token {@code i}, or -1. */
    public int enclosing(int i) {
        return enclosing[i];
    }

    public Kind kind(int brace) {
        return kinds[brace];
    }

    /** A type's or a callable's name, for a brace that opens one. */
    public String name(int brace) {
        return names[brace];
    }

    /** The nearest brace of this kind around token {@code i}, or -1. */
    public int nearest(int i, Kind kind) {
        for (int b = enclosing[i]; b >= 0; b = enclosing[b]) {
            if (kinds[b] == kind) {
                return b;
            }
        }
        return -1;
    }

    /**
     * True when the nearest method or constructor around token {@code i} is a {@code main} method:
     * {@code void main} with at most one parameter. Lambdas inside it count as inside it; a method
     * of an anonymous or local class does not.
     */
    public boolean inMainMethod(int i) {
        int callable = nearest(i, Kind.CALLABLE);
        return callable >= 0 && mainMethods[callable];
    }
}
