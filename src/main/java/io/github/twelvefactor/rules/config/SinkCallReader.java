package io.github.twelvefactor.rules.config;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.twelvefactor.rules.support.JavaTokens;
import io.github.twelvefactor.rules.support.SecretJudge;

/**
 * Follows one credential-sink call through the lexer's tokens for {@link JavaPrecheck}: its name,
 * its parenthesised arguments, and what they hold (a literal that looks like a secret, a char
 * array, names that an earlier statement gave a literal).
 */
final class SinkCallReader {
    /** Sink names (and the char[] calls of KeyStore and KeyManagerFactory) with their least arity. */
    private static final Map<String, Integer> ARITY = Map.ofEntries(Map.entry("getConnection", 2),
            Map.entry("PasswordAuthentication", 2), Map.entry("load", 2), Map.entry("getKey", 2),
            Map.entry("setKeyEntry", 4), Map.entry("init", 2), Map.entry("PBEKeySpec", 1),
            Map.entry("SecretKeySpec", 2), Map.entry("login", 2), Map.entry("signWith", 1),
            Map.entry("setSigningKey", 1), Map.entry("hmacShaKeyFor", 1), Map.entry("Pbkdf2PasswordEncoder", 1),
            Map.entry("addIdentity", 2), Map.entry("UsernamePasswordCredentials", 2));
    /** Calls that are sinks only with a char[] argument: too common as names to trust otherwise. */
    private static final Set<String> CHARS_ONLY = Set.of("load", "getKey", "setKeyEntry", "init");
    /** The sink names that hold no secret word's stem, so a stem test alone would miss them. */
    private static final List<String> STEMLESS = List.of("getConnection", "load", "init", "login", "signWith", "addIdentity");

    /**
     * A call that closed with enough arguments: whether one was a literal that looks like a secret,
     * and the names among its arguments (empty when none counts): where the file gives them a literal,
     * before or after the call, is for {@link JavaPrecheck} to look up once it has read the file.
     */
    record Outcome(boolean literal, Set<String> names, boolean charNamesOnly) {
    }

    private int arity;
    private boolean charsOnly;
    /** Paren depth; -1 while the name waits for its '('. */
    private int depth;
    private boolean open;
    private int commas;
    private boolean literal;
    private boolean chars;
    private final Set<String> names = new HashSet<>();

    static boolean isStemlessSink(String s, int start, int end) {
        for (int i = 0; i < STEMLESS.size(); i++) { // indexed: no iterator per identifier
            String name = STEMLESS.get(i);
            if (end - start == name.length() && s.startsWith(name, start)) {
                return true;
            }
        }
        return false;
    }

    /** An identifier: it starts a call when it names a sink or a secret setter, unless it is an argument. */
    void name(String id, boolean setter) {
        Integer a = ARITY.get(id);
        if ((a != null || setter) && !open) { // an argument named password is not a new call
            arity = a != null ? a : 1;
            charsOnly = CHARS_ONLY.contains(id);
            depth = -1;
        }
    }

    boolean readingArguments() {
        return open;
    }

    /** An identifier among the arguments. */
    void argumentName(String src, int start, int end) {
        chars |= JavaTokens.isToCharArray(src, start, end);
        names.add(src.substring(start, end));
    }

    void argumentLiteral(String value) {
        literal |= SecretJudge.plainSecret(value);
    }

    void argumentChar() {
        literal = true;
    }

    /** Punctuation: returns the outcome when the call's ')' closes it with enough arguments, else null. */
    Outcome punctuation(char c) {
        if (depth == -1) {
            open = c == '(';
            depth = open ? 1 : 0;
            commas = 0;
            literal = false;
            chars = false;
            names.clear();
            return null;
        }
        if (!open) {
            return null;
        }
        if (c == '(') {
            depth++;
        } else if (c == ',' && depth == 1) {
            commas++;
        } else if (c == ')' && --depth == 0) {
            open = false;
            if (commas + 1 >= arity) {
                return new Outcome(literal, Set.copyOf(names), charsOnly && !chars);
            }
        }
        return null;
    }

    /** A statement ended: no call spans it. */
    void reset() {
        open = false;
        depth = 0;
    }
}
