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

    /** Where a sink takes its secret: the argument's index, and how to name the sink. */
    record Place(int index, String label, boolean charsOnly) {
    }

    private JavaSinks() {
    }

    /**
     * The arguments of a call or constructor named {@code name} (simple name) with {@code args}
     * arguments that reach a sink: table entries, or for a call, any one-argument setter of a secret
     * ({@code setPassword}). Shared by the tree walk and {@link JavaSnippetTokens}, which reads tokens.
     */
    static List<Place> places(String name, boolean constructor, int args) {
        List<Place> places = new ArrayList<>();
        for (Sink s : SINKS) {
            if (s.constructor() == constructor && s.name().equals(name) && s.accepts(args)) {
                if (s.index() == ANY) {
                    for (int i = 0; i < args; i++) {
                        places.add(new Place(i, s.label(), s.charsOnly()));
                    }
                } else {
                    places.add(new Place(s.index() == LAST ? args - 1 : s.index(), s.label(), s.charsOnly()));
                }
            }
        }
        if (!constructor && places.isEmpty() && args == 1 && SecretNames.namesSecretSetter(name)) {
            places.add(new Place(0, name + "()", false));
        }
        return places;
    }

    /** The sink arguments of a call: a table entry, or any one-argument setter of a secret ({@code setPassword}). */
    static List<Hit> of(MethodCallExpr call) {
        return hits(places(call.getNameAsString(), false, call.getArguments().size()), call.getArguments());
    }

    static List<Hit> of(ObjectCreationExpr creation) {
        return hits(places(creation.getType().getNameAsString(), true, creation.getArguments().size()),
                creation.getArguments());
    }

    private static List<Hit> hits(List<Place> places, List<Expression> args) {
        List<Hit> hits = new ArrayList<>(places.size());
        for (Place p : places) {
            hits.add(new Hit(args.get(p.index()), p.label(), p.charsOnly()));
        }
        return hits;
    }
}
