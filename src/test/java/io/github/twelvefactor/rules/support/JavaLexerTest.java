package io.github.twelvefactor.rules.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class JavaLexerTest {

    private static List<String> strings(String src) {
        List<String> out = new ArrayList<>();
        JavaLexer.scan(src, new JavaLexer.Listener() {
            @Override
            public void string(String value, int offset, int line, int column) {
                out.add(line + ":" + column + " " + value);
            }
        });
        return out;
    }

    private static List<String> identifiers(String src) {
        List<String> out = new ArrayList<>();
        JavaLexer.scan(src, new JavaLexer.Listener() {
            @Override
            public void identifier(String source, int start, int end, int line, int column) {
                out.add(source.substring(start, end));
            }
        });
        return out;
    }

    @Test
    void skipsCommentsAndKeepsPositions() {
        String src = """
                // String a = "in a line comment";
                /* "in a block
                   comment" */ String b = "kept";
                /** "javadoc" */
                char c = '"'; String d = "after \\"quote\\" and 'char'";
                """;
        assertEquals(List.of("3:27 kept", "5:26 after \"quote\" and 'char'"), strings(src));
    }

    @Test
    void decodesEscapesAndTextBlocks() {
        String src = "String a = \"t\\tab\\u0041\\101\";\nString b = \"\"\"\n    one\n    two\"\"\";\nString c = \"x\";";
        assertEquals(List.of("1:12 t\tabAA", "2:12 one\ntwo", "5:12 x"), strings(src));
    }

    @Test
    void reportsIdentifiersOutsideLiterals() {
        assertEquals(List.of("String", "password", "setToken", "x"),
                identifiers("String password = \"notAnIdentifier\"; // comment words\nsetToken(x);"));
    }

    @Test
    void unterminatedLiteralsDoNotThrow() {
        assertEquals(List.of("1:1 open", "2:1 "), strings("\"open\n\"\"\""));
    }
}
