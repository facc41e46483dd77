package io.github.twelvefactor.rules.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;

/**
 * What a Java expression holds when it is written as a literal: {@code "s3cret"}, a text block,
 * {@code "a" + "b"}, {@code "s3cret".toCharArray()}, {@code "s3cret".getBytes(UTF_8)},
 * {@code new String("s3cret")}, {@code new char[] {'s', '3'}}, {@code {0x73, 0x33, ...}},
 * {@code Base64.getDecoder().decode("...")}; and, for arguments of credential sinks, what a name
 * resolves to in the same file: a {@code final} field or an effectively final local initialised
 * with such a literal.
 */
final class JavaLiterals {

    /**
     * A literal value and the node that holds it (where a finding goes); {@code chars} is true for
     * {@code char[]} forms (what {@code KeyStore.load} and friends take).
     */
    record Literal(String value, Node node, boolean chars) {
    }

    private final Map<String, VariableDeclarator> constants = new HashMap<>();

    JavaLiterals(List<? extends Node> roots) {
        for (FieldDeclaration f : roots.stream().flatMap(r -> r.findAll(FieldDeclaration.class).stream()).toList()) {
            boolean inInterface = f.getParentNode().filter(p -> p instanceof ClassOrInterfaceDeclaration c
                    && c.isInterface()).isPresent();
            if (f.isFinal() || inInterface) {
                for (VariableDeclarator v : f.getVariables()) {
                    constants.putIfAbsent(v.getNameAsString(), v);
                }
            }
        }
    }

    /** The literal {@code e} is written as, or null when it is not one. */
    static Literal of(Expression e) {
        if (e == null) {
            return null;
        }
        if (e instanceof StringLiteralExpr s) {
            return new Literal(s.asString(), s, false);
        }
        if (e instanceof TextBlockLiteralExpr t) {
            return new Literal(t.asString(), t, false);
        }
        if (e instanceof EnclosedExpr en) {
            return of(en.getInner());
        }
        if (e instanceof CastExpr c) {
            return of(c.getExpression());
        }
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            Literal l = of(b.getLeft());
            Literal r = of(b.getRight());
            return l == null || r == null || l.chars() || r.chars() ? null : new Literal(l.value() + r.value(), l.node(), false);
        }
        if (e instanceof MethodCallExpr m) {
            String name = m.getNameAsString();
            if ((name.equals("toCharArray") || name.equals("getBytes")) && m.getScope().isPresent()) {
                Literal l = of(m.getScope().get());
                return l == null ? null : new Literal(l.value(), l.node(), name.equals("toCharArray"));
            }
            if ((name.equals("decode") || name.equals("decodeBase64") || name.equals("parseBase64Binary"))
                    && m.getArguments().size() == 1) {
                return of(m.getArgument(0));
            }
            return null;
        }
        if (e instanceof ObjectCreationExpr o && o.getType().getNameAsString().equals("String")
                && o.getArguments().size() == 1) {
            return of(o.getArgument(0));
        }
        if (e instanceof ArrayCreationExpr a) {
            return a.getInitializer().map(JavaLiterals::array).orElse(null);
        }
        if (e instanceof ArrayInitializerExpr init) {
            return array(init);
        }
        return null;
    }

    /** {@code {'s', '3'}} as {@code "s3"}; {@code {0x73, 51}} as {@code "0x73,51"}; null when not all constants. */
    private static Literal array(ArrayInitializerExpr init) {
        List<Expression> values = init.getValues();
        if (values.size() < 2) {
            return null;
        }
        StringBuilder chars = new StringBuilder();
        StringJoiner bytes = new StringJoiner(",");
        for (Expression v : values) {
            Expression x = v instanceof CastExpr c ? c.getExpression() : v;
            if (x instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS) {
                x = u.getExpression();
            }
            if (x instanceof CharLiteralExpr ch) {
                chars.append(ch.asChar());
            } else if (x instanceof IntegerLiteralExpr i) {
                bytes.add(i.getValue());
            } else {
                return null;
            }
        }
        if (chars.length() == values.size()) {
            return new Literal(chars.toString(), init, true);
        }
        return chars.length() == 0 && values.size() >= 4 ? new Literal(bytes.toString(), init, false) : null;
    }

    /**
     * The literal an argument holds: written in place, or behind a name ({@code PASSWORD},
     * {@code Config.PASSWORD}, {@code PASSWORD.toCharArray()}) that is a final field or an
     * effectively final local of this file.
     */
    Literal resolve(Expression e) {
        Literal direct = of(e);
        if (direct != null) {
            return direct;
        }
        if (e instanceof MethodCallExpr m && m.getScope().isPresent()
                && (m.getNameAsString().equals("toCharArray") || m.getNameAsString().equals("getBytes"))) {
            Literal l = resolve(m.getScope().get());
            return l == null ? null : new Literal(l.value(), l.node(), m.getNameAsString().equals("toCharArray"));
        }
        String name = e instanceof NameExpr n ? n.getNameAsString()
                : e instanceof FieldAccessExpr f ? f.getNameAsString() : null;
        if (name == null) {
            return null;
        }
        if (e instanceof NameExpr) {
            VariableDeclarator local = effectivelyFinalLocal(e, name);
            if (local != null) {
                return local.getInitializer().map(JavaLiterals::of).orElse(null);
            }
        }
        VariableDeclarator constant = constants.get(name);
        return constant == null ? null : constant.getInitializer().map(JavaLiterals::of).orElse(null);
    }

    /**
     * The local {@code name} seen from {@code use}, when it is declared with an initialiser and never
     * assigned again (strings and arrays cannot be incremented, so assignments are all that count).
     */
    private static VariableDeclarator effectivelyFinalLocal(Node use, String name) {
        Optional<Node> body = use.findAncestor(n -> n instanceof CallableDeclaration<?> || n instanceof LambdaExpr
                || n instanceof InitializerDeclaration, Node.class);
        if (body.isEmpty()) {
            return null;
        }
        VariableDeclarator found = null;
        for (VariableDeclarator v : body.get().findAll(VariableDeclarator.class)) {
            if (v.getNameAsString().equals(name) && v.getInitializer().isPresent()
                    && !(v.getParentNode().orElse(null) instanceof FieldDeclaration)) {
                found = v;
                break;
            }
        }
        if (found == null) {
            return null;
        }
        for (AssignExpr a : body.get().findAll(AssignExpr.class)) {
            if (a.getTarget() instanceof NameExpr t && t.getNameAsString().equals(name)) {
                return null;
            }
        }
        return found;
    }
}
