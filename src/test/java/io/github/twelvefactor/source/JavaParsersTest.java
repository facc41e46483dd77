package io.github.twelvefactor.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.StringLiteralExpr;

class JavaParsersTest {

    @Test
    void nodesKeepTheirPosition() {
        CompilationUnit cu = new JavaParsers().parse("class A {\n  String s =\n      \"x\";\n}\n");
        StringLiteralExpr literal = cu.findFirst(StringLiteralExpr.class).orElseThrow();
        // rules report at this position; without it every finding would sit at line 0
        assertEquals(3, literal.getBegin().orElseThrow().line);
        assertEquals(7, literal.getBegin().orElseThrow().column);
    }
}
