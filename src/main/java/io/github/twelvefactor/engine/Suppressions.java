package io.github.twelvefactor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;

import io.github.twelvefactor.source.SourceFile;

/**
 * Decides whether a finding is suppressed in its file: a {@code twelvefactor:ignore [ids]} comment
 * on the finding's line or the line above (any comment syntax: the marker is looked for in the raw
 * line), or, in Java, {@code @SuppressWarnings("twelvefactor:id")} on an enclosing class, method,
 * constructor or field ({@code "twelvefactor"} alone suppresses every rule).
 */
final class Suppressions {
    static final String MARKER = "twelvefactor:ignore";
    private static final Pattern COMMENT = Pattern.compile(
            "twelvefactor:ignore(?![\\w-])(?:[ \\t]+([a-z0-9-]+(?:[ \\t]*,[ \\t]*[a-z0-9-]+)*))?");

    private record Range(int from, int to, Set<String> ids) {
    }

    private final SourceFile file;
    private final List<Range> javaRanges;

    Suppressions(SourceFile file) {
        this.file = file;
        this.javaRanges = file.isJava() && file.text().contains("twelvefactor") ? javaRanges(file) : List.of();
    }

    /** True when the file says nothing about suppression (the common case, decided cheaply). */
    static boolean none(SourceFile file) {
        return !file.mentions("twelvefactor");
    }

    boolean suppressed(String ruleId, int line) {
        if (line > 0 && (byComment(file.line(line), ruleId) || (line > 1 && byComment(file.line(line - 1), ruleId)))) {
            return true;
        }
        for (Range r : javaRanges) {
            if (line >= r.from && line <= r.to && (r.ids.isEmpty() || r.ids.contains(ruleId))) {
                return true;
            }
        }
        return false;
    }

    static boolean byComment(String text, String ruleId) {
        if (!text.contains(MARKER)) {
            return false;
        }
        Matcher m = COMMENT.matcher(text);
        while (m.find()) {
            if (m.group(1) == null) {
                return true;
            }
            for (String id : m.group(1).split(",")) {
                if (id.trim().equals(ruleId)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Range> javaRanges(SourceFile file) {
        CompilationUnit cu = file.java();
        List<Range> ranges = new ArrayList<>();
        if (cu == null) {
            return ranges;
        }
        for (AnnotationExpr a : cu.findAll(AnnotationExpr.class)) {
            String name = a.getNameAsString();
            if (!name.equals("SuppressWarnings") && !name.equals("java.lang.SuppressWarnings")) {
                continue;
            }
            List<String> values = new ArrayList<>();
            if (a instanceof SingleMemberAnnotationExpr s) {
                strings(s.getMemberValue(), values);
            } else if (a instanceof NormalAnnotationExpr n) {
                n.getPairs().forEach(p -> strings(p.getValue(), values));
            }
            Set<String> ids = new java.util.TreeSet<>();
            boolean all = false;
            for (String v : values) {
                if (v.equals("twelvefactor")) {
                    all = true;
                } else if (v.startsWith("twelvefactor:")) {
                    ids.add(v.substring("twelvefactor:".length()).trim());
                }
            }
            if (!all && ids.isEmpty()) {
                continue;
            }
            Set<String> finalIds = all ? Set.of() : ids;
            a.getParentNode().flatMap(p -> p.getRange()).ifPresent(r -> ranges.add(new Range(r.begin.line, r.end.line, finalIds)));
        }
        return ranges;
    }

    private static void strings(Expression e, List<String> out) {
        if (e instanceof StringLiteralExpr s) {
            out.add(s.getValue());
        } else if (e instanceof ArrayInitializerExpr arr) {
            arr.getValues().forEach(v -> strings(v, out));
        }
    }
}
