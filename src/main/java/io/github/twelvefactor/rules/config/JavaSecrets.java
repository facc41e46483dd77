package io.github.twelvefactor.rules.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;

import io.github.twelvefactor.engine.Redaction;
import io.github.twelvefactor.rules.support.SecretJudge;
import io.github.twelvefactor.rules.support.SecretNames;
import io.github.twelvefactor.rules.support.SecretValues;

/**
 * {@code hardcoded-secret} in Java: literals assigned to secret-named fields, constants and
 * variables; secret-named values compared with a literal; literals stored under a secret key;
 * literals (or final constants and effectively final locals holding one) passed to a credential
 * sink ({@link JavaSinks}); literal defaults in {@code @Value("${x:default}")} and
 * {@code @ConfigProperty(defaultValue = ...)}. One finding per literal: a sink's message wins.
 *
 * <p>A literal assigned to a secret-named constant is not a secret when it is itself a key name
 * ({@code PASSWORD = "password"}, {@code CLIENT_SECRET = "client-secret"}): see
 * {@link SecretValues#isKeyNameFor}.
 */
final class JavaSecrets {
    private static final Set<String> COMPARISONS = Set.of("equals", "equalsIgnoreCase", "contentEquals", "isEqual");
    /** Two-argument calls that store or look up a value under a key ({@code getProperty} defaults ship too). */
    private static final Set<String> KEYED = Set.of("put", "putIfAbsent", "setProperty", "getProperty", "getOrDefault",
            "property", "withProperty", "addProperty", "option", "withOption", "set", "add", "param", "setParameter",
            "addParameter", "queryParam", "formParam", "header", "setHeader", "addHeader", "with", "setAttribute");
    private static final Set<String> KEY_SUFFIXES = Set.of("key", "property", "prop", "param", "name", "attr",
            "field", "header");
    private static final Pattern AUTH_HEADER = Pattern.compile("(?i)(?:Bearer|Basic|Token)\\s+(\\S{8,})");

    private JavaSecrets() {
    }

    /** Checks {@code roots}: a whole compilation unit, or the members of one that the lexer picked. */
    static void check(List<? extends Node> roots, SecretFindings findings) {
        JavaLiterals literals = new JavaLiterals(roots);
        // calls, then constructors, each in the file's order whether the roots are the file or pieces
        // of it: where one literal reaches two sinks, the same one names it
        for (Node root : roots) {
            for (MethodCallExpr call : root.findAll(MethodCallExpr.class)) {
                for (JavaSinks.Hit hit : JavaSinks.of(call)) {
                    sink(literals, hit, findings);
                }
            }
        }
        for (Node root : roots) {
            for (ObjectCreationExpr creation : root.findAll(ObjectCreationExpr.class)) {
                for (JavaSinks.Hit hit : JavaSinks.of(creation)) {
                    sink(literals, hit, findings);
                }
            }
        }
        for (Node root : roots) {
            walk(root, literals, findings);
        }
    }

    private static void walk(Node root, JavaLiterals literals, SecretFindings findings) {
        root.walk(node -> {
            if (node instanceof VariableDeclarator v && v.getInitializer().isPresent()) {
                named(v.getNameAsString(), v.getInitializer().get(), findings);
            } else if (node instanceof AssignExpr a && a.getOperator() == AssignExpr.Operator.ASSIGN) {
                String target = a.getTarget() instanceof NameExpr n ? n.getNameAsString()
                        : a.getTarget() instanceof FieldAccessExpr f ? f.getNameAsString() : null;
                if (target != null) {
                    named(target, a.getValue(), findings);
                }
            } else if (node instanceof MethodCallExpr call) {
                call(call, literals, findings);
            } else if (node instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.EQUALS
                    || b.getOperator() == BinaryExpr.Operator.NOT_EQUALS)) {
                compared(b.getLeft(), b.getRight(), findings);
            } else if (node instanceof AnnotationExpr a) {
                annotation(a, findings);
            }
        });
    }

    private static void sink(JavaLiterals literals, JavaSinks.Hit hit, SecretFindings findings) {
        JavaLiterals.Literal l = literals.resolve(hit.argument());
        if (l != null) {
            sinkLiteral(hit.label(), hit.charsOnly(), l.value(), l.chars(), line(l.node()), column(l.node()), findings);
        }
    }

    /**
     * A literal that reaches a sink named {@code label}, written at {@code line}:{@code column}: reported
     * when it looks like a secret, and is characters where the sink takes only those
     * ({@code charsOnly}). What the tree walk reports, and {@link JavaSnippetTokens} from tokens.
     */
    static void sinkLiteral(String label, boolean charsOnly, String value, boolean chars, int line, int column,
            SecretFindings findings) {
        if ((!charsOnly || chars) && SecretJudge.plainSecret(value)) {
            findings.secret(line, column, Redaction.SECRET_PASSED_TO + label + ": " + Redaction.mask(value), value);
        }
    }

    private static void named(String name, Expression value, SecretFindings findings) {
        if (!SecretNames.namesSecret(name)) {
            return;
        }
        JavaLiterals.Literal l = JavaLiterals.of(value);
        if (l != null) {
            declared(name, l.value(), line(l.node()), column(l.node()), findings);
        }
    }

    /**
     * A literal given to a name ({@code String dbPassword = "s3cret"}, {@code this.token = "..."}),
     * its opening quote at {@code line}:{@code column}: what the tree walk reports for a declaration
     * or an assignment, and what {@link JavaPrecheck} asks for when it reads such a statement whole.
     */
    static void declared(String name, String value, int line, int column, SecretFindings findings) {
        if (SecretNames.namesSecret(name) && !SecretValues.isKeyNameFor(value, name)) {
            judge(name, value, line, column, findings, Redaction.SECRET_IN + name + "': ");
        }
    }

    private static void call(MethodCallExpr call, JavaLiterals literals, SecretFindings findings) {
        String name = call.getNameAsString();
        int args = call.getArguments().size();
        if (COMPARISONS.contains(name)) {
            if (args == 1 && call.getScope().isPresent()) {
                compared(call.getScope().get(), call.getArgument(0), findings);
            } else if (args == 2) {
                compared(call.getArgument(0), call.getArgument(1), findings);
            }
        } else if (KEYED.contains(name) && args == 2) {
            JavaLiterals.Literal value = JavaLiterals.of(call.getArgument(1));
            if (value == null) {
                return;
            }
            String key = keyOf(call.getArgument(0), literals);
            if (key != null) {
                boolean lookup = name.startsWith("get");
                judge(key, value, findings, lookup ? Redaction.DEFAULT_FOR_SECRET + key + "': "
                        : Redaction.SECRET_STORED_UNDER + key + "': ");
            } else if (call.getArgument(0) instanceof StringLiteralExpr k && k.asString().equalsIgnoreCase("Authorization")) {
                String token = authorizationToken(value.value());
                if (token != null) {
                    findings.secret(line(value.node()), column(value.node()) + 1 + value.value().indexOf(token),
                            Redaction.AUTHORIZATION_CREDENTIALS + Redaction.mask(token), token);
                }
            }
        }
    }

    /** True for a call the tree walk judges itself: a comparison, or a keyed store or lookup. */
    static boolean judgesCall(String name) {
        return COMPARISONS.contains(name) || KEYED.contains(name);
    }

    /** A secret-named value on one side, a literal on the other. */
    private static void compared(Expression a, Expression b, SecretFindings findings) {
        String name = secretNameOf(a);
        JavaLiterals.Literal l = JavaLiterals.of(b);
        if (name == null || l == null) {
            name = secretNameOf(b);
            l = JavaLiterals.of(a);
        }
        if (name != null && l != null) {
            judge(name, l, findings, "Secret '" + name + "' compared with a hardcoded value: ");
        }
    }

    private static String secretNameOf(Expression e) {
        if (e instanceof NameExpr n && SecretNames.namesSecret(n.getNameAsString())) {
            return n.getNameAsString();
        }
        if (e instanceof FieldAccessExpr f && SecretNames.namesSecret(f.getNameAsString())) {
            return f.getNameAsString();
        }
        if (e instanceof MethodCallExpr m && m.getArguments().isEmpty() && SecretNames.namesSecretGetter(m.getNameAsString())) {
            return m.getNameAsString() + "()";
        }
        return null;
    }

    /**
     * The key a secret is stored under: a literal that names a secret ({@code "password"},
     * {@code "javax.net.ssl.keyStorePassword"}), or a constant whose name does
     * ({@code Context.SECURITY_CREDENTIALS}, {@code PASSWORD_KEY}) or whose literal does.
     */
    private static String keyOf(Expression e, JavaLiterals literals) {
        if (e instanceof StringLiteralExpr s) {
            String k = s.asString();
            return k.indexOf(' ') < 0 && SecretNames.namesSecret(k) ? k : null;
        }
        String name = e instanceof NameExpr n ? n.getNameAsString() : e instanceof FieldAccessExpr f ? f.getNameAsString() : null;
        if (name == null || !name.equals(name.toUpperCase(Locale.ROOT))) {
            return null;
        }
        if (SecretNames.namesSecret(name) || namesSecretKey(name)) {
            return e.toString();
        }
        JavaLiterals.Literal l = literals.resolve(e);
        return l != null && l.value().indexOf(' ') < 0 && SecretNames.namesSecret(l.value()) ? e.toString() : null;
    }

    /** The credential of an {@code Authorization} header value ({@code Bearer <token>}), or null. */
    static String authorizationToken(String headerValue) {
        Matcher m = AUTH_HEADER.matcher(headerValue);
        return m.matches() && SecretJudge.plainSecret(m.group(1)) ? m.group(1) : null;
    }

    /**
     * True for an upper-case constant that names the key of a secret: {@code PASSWORD_KEY},
     * {@code TOKEN_PROPERTY}, {@code API_KEY_PARAM}.
     */
    static boolean namesSecretKey(String name) {
        int cut = name.lastIndexOf('_');
        return cut > 0 && name.equals(name.toUpperCase(Locale.ROOT))
                && KEY_SUFFIXES.contains(name.substring(cut + 1).toLowerCase(Locale.ROOT))
                && SecretNames.namesSecret(name.substring(0, cut));
    }

    /** {@code @Value("${jwt.secret:default}")}, {@code @ConfigProperty(name = "x.password", defaultValue = "...")}. */
    private static void annotation(AnnotationExpr a, SecretFindings findings) {
        String type = a.getNameAsString();
        if (type.equals("Value") || type.endsWith(".Value")) {
            Expression v = a instanceof SingleMemberAnnotationExpr s ? s.getMemberValue() : member(a, "value");
            if (v instanceof StringLiteralExpr s) {
                String text = s.asString();
                String key = text.startsWith("${") ? text.substring(2, endOfName(text)) : annotatedName(a);
                if (SecretNames.namesSecret(key) || SecretNames.namesSecret(annotatedName(a))) {
                    SecretJudge.Verdict verdict = SecretJudge.judge(text, false, SecretJudge.PLAIN_SECRET);
                    if (verdict != null) {
                        findings.report(key, verdict, line(s), column(s));
                    }
                }
            }
        } else if (type.equals("ConfigProperty") || type.endsWith(".ConfigProperty")) {
            Expression name = member(a, "name");
            Expression def = member(a, "defaultValue");
            String key = name instanceof StringLiteralExpr n ? n.asString() : annotatedName(a);
            if (def instanceof StringLiteralExpr d && (SecretNames.namesSecret(key) || SecretNames.namesSecret(annotatedName(a)))
                    && SecretJudge.plainSecret(SecretValues.normalize(d.asString()))) {
                findings.report(key, new SecretJudge.Verdict(SecretJudge.Kind.DEFAULT, SecretValues.normalize(d.asString())),
                        line(d), column(d));
            }
        }
    }

    private static int endOfName(String placeholder) {
        int i = 2;
        while (i < placeholder.length() && placeholder.charAt(i) != ':' && placeholder.charAt(i) != '}') {
            i++;
        }
        return i;
    }

    private static Expression member(AnnotationExpr a, String name) {
        if (a instanceof NormalAnnotationExpr n) {
            for (MemberValuePair p : n.getPairs()) {
                if (p.getNameAsString().equals(name)) {
                    return p.getValue();
                }
            }
        }
        return null;
    }

    /** The name of what an annotation sits on: a field, a parameter, a setter; "" otherwise. */
    private static String annotatedName(AnnotationExpr a) {
        Node parent = a.getParentNode().orElse(null);
        if (parent instanceof FieldDeclaration f && !f.getVariables().isEmpty()) {
            return f.getVariable(0).getNameAsString();
        }
        if (parent instanceof Parameter p) {
            return p.getNameAsString();
        }
        if (parent instanceof MethodDeclaration m) {
            return m.getNameAsString();
        }
        return "";
    }

    private static void judge(String name, JavaLiterals.Literal l, SecretFindings findings, String prefix) {
        judge(name, l.value(), line(l.node()), column(l.node()), findings, prefix);
    }

    private static void judge(String name, String value, int line, int column, SecretFindings findings, String prefix) {
        SecretJudge.Verdict v = SecretJudge.judge(value, false, SecretJudge.PLAIN_SECRET);
        if (v == null) {
            return;
        }
        if (v.kind() == SecretJudge.Kind.LITERAL) {
            findings.secret(line, column, prefix + Redaction.mask(v.value()), value);
        } else {
            findings.report(name, v, line, column);
        }
    }

    private static int line(Node n) {
        return n.getBegin().map(p -> p.line).orElse(0);
    }

    private static int column(Node n) {
        return n.getBegin().map(p -> p.column).orElse(0);
    }
}
