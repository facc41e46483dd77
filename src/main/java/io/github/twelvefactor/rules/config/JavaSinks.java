package io.github.twelvefactor.rules.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;

import io.github.twelvefactor.rules.support.SecretNames;

/**
 * Well-known credential sinks (RULES.md): the calls and constructors whose argument at a known
 * place is a password, key or token. The table is data that one loop walks, so adding a sink is one
 * line. Matching is by simple name and argument count (no type resolution); the {@code char[]}-only
 * entries ({@code KeyStore.load}, {@code KeyManagerFactory.init}...) have names too common to trust
 * alone, so they match only when the argument is written as characters.
 */
final class JavaSinks {

    /** Argument position meaning "the last one". */
    private static final int LAST = -1;
    /** Argument position meaning "whichever argument is a literal" (JJWT's {@code signWith} overloads). */
    private static final int ANY = -2;

    /**
     * One sink. {@code arity} is the exact argument count, or the minimum when {@code atLeast};
     * {@code label} names it in messages.
     */
    private record Sink(String name, boolean constructor, int arity, boolean atLeast, int index, boolean charsOnly,
            String label) {
        boolean accepts(int args) {
            return atLeast ? args >= arity : args == arity;
        }
    }

    private static final List<Sink> SINKS = List.of(
            new Sink("getConnection", false, 3, false, 2, false, "DriverManager.getConnection"),
            new Sink("getConnection", false, 2, false, 1, false, "DataSource.getConnection"),
            new Sink("PasswordAuthentication", true, 2, false, 1, false, "new PasswordAuthentication"),
            new Sink("load", false, 2, false, 1, true, "KeyStore.load"),
            new Sink("getKey", false, 2, false, 1, true, "KeyStore.getKey"),
            new Sink("setKeyEntry", false, 4, false, 2, true, "KeyStore.setKeyEntry"),
            new Sink("init", false, 2, false, 1, true, "KeyManagerFactory.init"),
            new Sink("PBEKeySpec", true, 1, true, 0, false, "new PBEKeySpec"),
            new Sink("SecretKeySpec", true, 2, true, 0, false, "new SecretKeySpec"),
            new Sink("login", false, 2, false, 1, false, "HttpServletRequest.login"),
            new Sink("signWith", false, 1, true, ANY, false, "JwtBuilder.signWith"),
            new Sink("setSigningKey", false, 1, false, 0, false, "JwtParser.setSigningKey"),
            new Sink("hmacShaKeyFor", false, 1, false, 0, false, "Keys.hmacShaKeyFor"),
            new Sink("Pbkdf2PasswordEncoder", true, 1, true, 0, false, "new Pbkdf2PasswordEncoder"),
            new Sink("addIdentity", false, 2, true, LAST, false, "JSch.addIdentity"),
            new Sink("UsernamePasswordCredentials", true, 2, false, 1, false, "new UsernamePasswordCredentials"));

    /** Identifiers that reveal a sink in a file before it is parsed (see {@link JavaPrecheck}). */
    static final Set<String> HINTS = Set.of("getConnection", "PasswordAuthentication", "KeyStore", "getKey",
            "setKeyEntry", "KeyManagerFactory", "PBEKeySpec", "SecretKeySpec", "login", "signWith", "setSigningKey",
            "hmacShaKeyFor", "Pbkdf2PasswordEncoder", "addIdentity", "UsernamePasswordCredentials");

    /** An argument that reaches a sink, and how to name the sink. */
    record Hit(Expression argument, String label, boolean charsOnly) {
    }

    private JavaSinks() {
    }

    /** The sink arguments of a call: a table entry, or any one-argument setter of a secret ({@code setPassword}). */
    static List<Hit> of(MethodCallExpr call) {
        List<Hit> hits = new ArrayList<>();
        String name = call.getNameAsString();
        int args = call.getArguments().size();
        for (Sink s : SINKS) {
            if (!s.constructor() && s.name().equals(name) && s.accepts(args)) {
                add(hits, s, call.getArguments());
            }
        }
        if (hits.isEmpty() && args == 1 && SecretNames.namesSecretSetter(name)) {
            hits.add(new Hit(call.getArgument(0), name + "()", false));
        }
        return hits;
    }

    static List<Hit> of(ObjectCreationExpr creation) {
        List<Hit> hits = new ArrayList<>();
        String type = creation.getType().getNameAsString();
        int args = creation.getArguments().size();
        for (Sink s : SINKS) {
            if (s.constructor() && s.name().equals(type) && s.accepts(args)) {
                add(hits, s, creation.getArguments());
            }
        }
        return hits;
    }

    private static void add(List<Hit> hits, Sink s, List<Expression> args) {
        if (s.index() == ANY) {
            for (Expression a : args) {
                hits.add(new Hit(a, s.label(), s.charsOnly()));
            }
        } else {
            hits.add(new Hit(args.get(s.index() == LAST ? args.size() - 1 : s.index()), s.label(), s.charsOnly()));
        }
    }
}
