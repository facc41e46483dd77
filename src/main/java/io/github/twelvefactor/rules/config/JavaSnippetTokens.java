package io.github.twelvefactor.rules.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.twelvefactor.rules.support.JavaTokens;

/**
 * Judges from tokens the snippets that {@link JavaPrecheck} picked for a credential sink, which
 * {@link JavaSnippets} would otherwise hand to javaparser, when every one of them has one of these
 * shapes:
 * <pre>
 *   [modifiers] Type NAME = "literal"[.getBytes(...) | .toCharArray()];       a constant (or a local)
 *   [modifiers] Type name = new Sink(args);   [modifiers] Type name = a.b().sinkCall(args);
 *   sinkCall(args);   a.b().sinkCall(args);   return new Sink(args);          statements in a body
 * </pre>
 * An argument is a plain literal (with those suffixes), a number, a char, or a name (with those
 * suffixes, or qualified). A name at a sink's place counts when nothing at all in the file mentions
 * it but there (it is then declared nowhere), or, in a class member, when the only other mention is
 * one {@code final} constant of the list above, whose literal it then stands for. Anything else,
 * and the caller parses the snippets as before. One reader of one small grammar, hence its length.
 *
 * <p>The first use of javaparser in a build costs a few hundred milliseconds (its classes, its
 * validators, then its code while the JIT is cold), and a constant key handed to
 * {@code new SecretKeySpec(KEY, "AES")} is the textbook hardcoded crypto key: such a file alone
 * should not pay it. What this reports, and in which order, is what {@link JavaSecrets#check} reports
 * for the same snippets: the sinks' literals first (calls, then constructors), then the constants'
 * own names ({@code JavaSnippetTokensTest} compares the two on generated classes).
 */
final class JavaSnippetTokens {
    private static final Set<String> MODIFIERS = Set.of("public", "protected", "private", "static", "final",
            "transient", "volatile");
    /** Calls whose result the tree walk reads as a literal ({@link JavaLiterals#of}). */
    private static final Set<String> LITERAL_CALLS = Set.of("toCharArray", "getBytes", "decode", "decodeBase64",
            "parseBase64Binary");

    /** A literal: its value, where it is written, and whether it is given as characters. */
    private record Literal(String value, int line, int column, boolean chars) {
    }

    /**
     * A piece read: a constant (its literal) or a sink call (its name and its arguments' token ranges);
     * {@code name}: the declared one, or null; {@code inBody}: a statement in a method, where names may
     * be locals.
     */
    private record Member(String name, boolean isFinal, Literal constant, String call, boolean constructor,
            List<int[]> args, boolean inBody) {
    }

    private final JavaTokens t;
    private final String text;

    private JavaSnippetTokens(String text) {
        this.text = text;
        this.t = JavaTokens.of(text);
    }

    /**
     * Judges {@code snippets} into {@code findings} and returns true; false, having reported nothing,
     * when one has another shape.
     */
    static boolean judge(String text, List<JavaPrecheck.Snippet> snippets, SecretFindings findings) {
        for (JavaPrecheck.Snippet s : snippets) {
            if (s.openBlock()) {
                return false;
            }
        }
        return new JavaSnippetTokens(text).judge(snippets, findings);
    }

    private boolean judge(List<JavaPrecheck.Snippet> snippets, SecretFindings findings) {
        List<Member> members = new ArrayList<>();
        int from = 0;
        for (JavaPrecheck.Snippet s : snippets) {
            while (from < t.size() && t.start(from) < s.start()) {
                from++;
            }
            int to = from;
            while (to < t.size() && t.start(to) < s.end()) {
                to++;
            }
            Member m = s.member() ? member(from, to) : statement(from, to);
            if (m == null) {
                return false;
            }
            members.add(m);
            from = to;
        }
        Map<String, Integer> mentions = mentions();
        List<JavaSinks.Place> places = new ArrayList<>();
        List<Literal> literals = new ArrayList<>();
        // calls, then constructors, as the tree walk takes them (loops, no lambdas: see Finding.comparePlace)
        List<Member> calls = new ArrayList<>();
        for (Member m : members) {
            if (m.call() != null && !m.constructor()) {
                calls.add(m);
            }
        }
        for (Member m : members) {
            if (m.call() != null && m.constructor()) {
                calls.add(m);
            }
        }
        for (Member m : calls) {
            for (JavaSinks.Place p : JavaSinks.places(m.call(), m.constructor(), m.args().size())) {
                int[] arg = m.args().get(p.index());
                Literal l = resolve(arg[0], arg[1], m.inBody(), members, mentions);
                if (l == UNKNOWN) {
                    return false;
                }
                if (l != null) {
                    places.add(p);
                    literals.add(l);
                }
            }
        }
        // judged only once every argument is known: an unknown one hands the whole file to javaparser
        for (int i = 0; i < places.size(); i++) {
            JavaSinks.Place p = places.get(i);
            Literal l = literals.get(i);
            JavaSecrets.sinkLiteral(p.label(), p.charsOnly(), l.value(), l.chars(), l.line(), l.column(), findings);
        }
        for (Member m : members) {
            if (m.constant() != null && m.name() != null) {
                JavaSecrets.declared(m.name(), m.constant().value(), m.constant().line(), m.constant().column(), findings);
            }
        }
        return true;
    }

    /** An argument this reader cannot vouch for. */
    private static final Literal UNKNOWN = new Literal("", 0, 0, false);

    /**
     * What the argument in tokens {@code [from, to)} holds as the tree walk would resolve it: a
     * literal, null for none, {@link #UNKNOWN} when it cannot tell.
     */
    private Literal resolve(int from, int to, boolean inBody, List<Member> members, Map<String, Integer> mentions) {
        if (from == to) {
            return null; // a number: the lexer leaves numbers out (arguments() checked the text)
        }
        if (t.kind(from) == JavaTokens.Kind.CHAR) {
            return null;
        }
        int end = suffixStart(from, to);
        Boolean chars = suffix(end, to);
        if (t.isPlainString(from) && end == from + 1) {
            return new Literal(t.value(from), t.line(from), t.column(from), Boolean.TRUE.equals(chars));
        }
        String name = t.text(end - 1); // a name, maybe qualified: the tree walk resolves its last part
        int seen = mentions.getOrDefault(name, 0);
        if (seen == 1) {
            return null; // declared nowhere in the file
        }
        if (inBody) {
            return UNKNOWN; // a local may stand in between
        }
        Member declaring = null;
        for (Member m : members) {
            if (m.constant() != null && !m.inBody() && name.equals(m.name())) {
                declaring = m;
            }
        }
        if (seen != 2 || declaring == null || !declaring.isFinal()) {
            return UNKNOWN;
        }
        Literal c = declaring.constant();
        return chars == null ? c : new Literal(c.value(), c.line(), c.column(), chars);
    }

    /** How often each identifier occurs in the file. */
    private Map<String, Integer> mentions() {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.isIdentifier(i)) {
                String name = t.text(i);
                counts.put(name, counts.getOrDefault(name, 0) + 1);
            }
        }
        return counts;
    }

    /**
     * Reads a statement in tokens {@code [i, to)}: a sink call alone, returned, or given to a local
     * ({@code [final] Type name = call(...);}); a local constant; null for anything else.
     */
    private Member statement(int i, int to) {
        if (!t.is(to - 1, ';')) {
            return null;
        }
        if (t.isWord(i, "return")) {
            return call(null, false, i + 1, to, true);
        }
        Member declared = declaration(i, to, true);
        return declared != null ? declared : call(null, false, i, to, true);
    }

    /** Reads a member in tokens {@code [i, to)}, or null when it has neither shape. */
    private Member member(int i, int to) {
        return declaration(i, to, false);
    }

    /** {@code [modifiers] Type name = constant-or-call;} in tokens {@code [i, to)}, or null. */
    private Member declaration(int i, int to, boolean inBody) {
        boolean isFinal = false;
        while (i < to && t.isIdentifier(i) && (inBody ? t.isWord(i, "final") : MODIFIERS.contains(t.text(i)))) {
            isFinal |= t.isWord(i, "final");
            i++;
        }
        i = qualified(i, to);
        while (t.is(i, '[') && t.is(i + 1, ']')) {
            i += 2;
        }
        if (i < 0 || !t.isIdentifier(i) || !t.is(i + 1, '=') || t.is(i + 2, '=') || !t.is(to - 1, ';')) {
            return null;
        }
        String name = t.text(i);
        i += 2;
        if (t.isPlainString(i) && i + 1 <= to - 1) {
            Boolean chars = suffix(i + 1, to - 1);
            if (chars == null && i + 1 != to - 1) {
                return null;
            }
            Literal l = new Literal(t.value(i), t.line(i), t.column(i), Boolean.TRUE.equals(chars));
            return new Member(name, isFinal, l, null, false, List.of(), inBody);
        }
        return call(name, isFinal, i, to, inBody);
    }

    /**
     * {@code new a.b.Sink(args);} or {@code a.b().c.sink(args);} from token {@code i} to the {@code ;}
     * before {@code to}: calls in the scope take no argument (the walk judges none of those); null for
     * anything else.
     */
    private Member call(String name, boolean isFinal, int i, int to, boolean inBody) {
        boolean constructor = t.isWord(i, "new");
        int open = constructor ? qualified(i + 1, to) : chain(i, to);
        if (open < 0 || !t.is(open, '(') || t.partner(open) != to - 2 || !t.isIdentifier(open - 1)) {
            return null;
        }
        String call = t.text(open - 1);
        if (constructor ? call.equals("String") : LITERAL_CALLS.contains(call) || JavaSecrets.judgesCall(call)) {
            return null;
        }
        List<int[]> args = arguments(open + 1, to - 2);
        return args == null ? null : new Member(name, isFinal, null, call, constructor, args, inBody);
    }

    /** The token after {@code a.b().c.d} starting at {@code i} (empty calls only, not the last one), or -1. */
    private int chain(int i, int to) {
        if (i < 0 || i >= to || !t.isIdentifier(i)) {
            return -1;
        }
        i++;
        while (true) {
            if (t.is(i, '.') && t.isIdentifier(i + 1) && i + 1 < to) {
                i += 2;
            } else if (t.is(i, '(') && t.is(i + 1, ')') && i + 1 < to - 2) {
                i += 2;
            } else {
                return i;
            }
        }
    }

    /** The token after {@code a.b.c} starting at {@code i}, or -1 when no name starts there. */
    private int qualified(int i, int to) {
        if (i < 0 || i >= to || !t.isIdentifier(i)) {
            return -1;
        }
        i++;
        while (t.is(i, '.') && t.isIdentifier(i + 1) && i + 1 < to) {
            i += 2;
        }
        return i;
    }

    /**
     * The arguments between tokens {@code from} and {@code to} (the parentheses), as token ranges;
     * null when one is not a literal, a number, a char or a name (each with an optional suffix).
     */
    private List<int[]> arguments(int from, int to) {
        List<int[]> args = new ArrayList<>();
        if (from == to) {
            return args;
        }
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || t.is(i, ',')) {
                if (!argument(start, i, t.start(start - 1) + 1, t.start(i))) {
                    return null;
                }
                args.add(new int[] {start, i});
                start = i + 1;
            } else if (t.is(i, '(')) {
                if (t.partner(i) < 0 || t.partner(i) > to) {
                    return null;
                }
                i = t.partner(i);
            }
        }
        return args;
    }

    /** True when tokens {@code [from, to)} (source {@code [textFrom, textTo)}) are one argument this reader knows. */
    private boolean argument(int from, int to, int textFrom, int textTo) {
        if (from == to) {
            String number = text.substring(textFrom, textTo).strip();
            return !number.isEmpty() && Character.isDigit(number.charAt(0));
        }
        if (to - from == 1 && t.kind(from) == JavaTokens.Kind.CHAR) {
            return true;
        }
        int end = suffixStart(from, to);
        if (end != to && suffix(end, to) == null) {
            return false;
        }
        if (t.isPlainString(from)) {
            return end == from + 1;
        }
        return qualified(from, end) == end;
    }

    /** Where a trailing {@code .getBytes(...)} or {@code .toCharArray()} starts in {@code [from, to)}, else {@code to}. */
    private int suffixStart(int from, int to) {
        if (to - from >= 4 && t.is(to - 1, ')')) {
            int open = t.partner(to - 1);
            if (open > from + 1 && t.is(open - 2, '.')
                    && (t.isWord(open - 1, "getBytes") || t.isWord(open - 1, "toCharArray"))) {
                return open - 2;
            }
        }
        return to;
    }

    /**
     * The suffix in tokens {@code [from, to)}: {@code TRUE} for {@code .toCharArray()}, {@code FALSE}
     * for {@code .getBytes()} with no argument or a qualified name ({@code StandardCharsets.UTF_8}),
     * null for none or another.
     */
    private Boolean suffix(int from, int to) {
        if (!t.is(from, '.') || !t.is(from + 2, '(') || t.partner(from + 2) != to - 1) {
            return null;
        }
        if (t.isWord(from + 1, "toCharArray")) {
            return to - from == 4 ? Boolean.TRUE : null;
        }
        if (t.isWord(from + 1, "getBytes")) {
            return to - from == 4 || qualified(from + 3, to - 1) == to - 1 ? Boolean.FALSE : null;
        }
        return null;
    }
}
