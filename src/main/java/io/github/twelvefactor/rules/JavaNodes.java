package io.github.twelvefactor.rules;

import java.util.HashSet;
import java.util.Set;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;

/** Small questions Java rules ask of javaparser nodes: where a node is, what a file imports, what a name holds. */
public final class JavaNodes {
    private JavaNodes() {
    }

    /** The node's 1-based line, or 0 when javaparser gave it no position. */
    public static int line(Node n) {
        return n.getBegin().map(p -> p.line).orElse(0);
    }

    /** The node's 1-based column, or 0 when unknown. */
    public static int column(Node n) {
        return n.getBegin().map(p -> p.column).orElse(0);
    }

    /** True when the file imports {@code pkg.simple} by name or {@code pkg.*}. */
    public static boolean imports(CompilationUnit cu, String pkg, String simple) {
        for (ImportDeclaration i : cu.getImports()) {
            String n = i.getNameAsString();
            if (!i.isStatic() && ((i.isAsterisk() && n.equals(pkg)) || (!i.isAsterisk() && n.equals(pkg + "." + simple)))) {
                return true;
            }
        }
        return false;
    }

    /** True when the file statically imports {@code type.member} or {@code type.*}. */
    public static boolean importsStatic(CompilationUnit cu, String type, String member) {
        for (ImportDeclaration i : cu.getImports()) {
            String n = i.getNameAsString();
            if (i.isStatic() && ((i.isAsterisk() && n.equals(type)) || (!i.isAsterisk() && n.equals(type + "." + member)))) {
                return true;
            }
        }
        return false;
    }

    /** True when any import of the file starts with {@code prefix} ({@code io.vertx.}). */
    public static boolean importsFrom(CompilationUnit cu, String prefix) {
        return cu.getImports().stream().anyMatch(i -> i.getNameAsString().startsWith(prefix));
    }

    /**
     * The names of the fields, parameters and local variables of the file declared with the given
     * simple type name (or its qualified form). Name-based over the whole file: good enough to tell
     * {@code session.setAttribute} on an {@code HttpSession} from one on a request.
     */
    public static Set<String> namesOfType(CompilationUnit cu, String simpleType) {
        Set<String> names = new HashSet<>();
        for (VariableDeclarator v : cu.findAll(VariableDeclarator.class)) {
            if (isType(v.getTypeAsString(), simpleType)) {
                names.add(v.getNameAsString());
            }
        }
        for (Parameter p : cu.findAll(Parameter.class)) {
            if (isType(p.getTypeAsString(), simpleType)) {
                names.add(p.getNameAsString());
            }
        }
        return names;
    }

    private static boolean isType(String declared, String simple) {
        return declared.equals(simple) || declared.endsWith("." + simple);
    }

    /** The text of a string literal or text block, or null for any other expression. */
    public static String stringValue(Expression e) {
        if (e instanceof StringLiteralExpr s) {
            return s.asString();
        }
        return e instanceof TextBlockLiteralExpr t ? t.asString() : null;
    }

    /**
     * The value of an int literal, or of a name that a {@code static final} field of this file
     * initialises with one ({@code PORT = 8080}); null otherwise.
     */
    public static Integer intConstant(Expression e, CompilationUnit cu) {
        if (e instanceof IntegerLiteralExpr i) {
            return i.asNumber() instanceof Integer n ? n : null;
        }
        if (!(e instanceof NameExpr name)) {
            return null;
        }
        for (FieldDeclaration f : cu.findAll(FieldDeclaration.class)) {
            if (!f.isStatic() || !f.isFinal()) {
                continue;
            }
            for (VariableDeclarator v : f.getVariables()) {
                if (v.getNameAsString().equals(name.getNameAsString()) && v.getInitializer().isPresent()
                        && v.getInitializer().get() instanceof IntegerLiteralExpr i
                        && i.asNumber() instanceof Integer n) {
                    return n;
                }
            }
        }
        return null;
    }
}
