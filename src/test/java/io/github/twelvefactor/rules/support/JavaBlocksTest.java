package io.github.twelvefactor.rules.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What each brace opens, read from tokens alone, and where a token stands. */
class JavaBlocksTest {

    /** The kind (and name, for types and callables) of every opening brace, in order. */
    private static List<String> braces(String src) {
        JavaTokens t = JavaTokens.of(src);
        JavaBlocks b = JavaBlocks.of(t);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.is(i, '{')) {
                out.add(b.kind(i) + (b.name(i) == null ? "" : " " + b.name(i)));
            }
        }
        return out;
    }

    @Test
    void tellsTypesCallablesAndBlocksApart() {
        assertEquals(List.of("TYPE A", "INITIALIZER", "INITIALIZER", "CALLABLE A", "CALLABLE run", "BLOCK", "BLOCK",
                "LAMBDA", "ANONYMOUS", "CALLABLE call", "ARRAY", "ARRAY", "ARRAY", "TYPE Local", "BLOCK"),
                braces("""
                        @Deprecated(since = "1") public class A<T extends Comparable<T>> implements Runnable {
                            static { }
                            { }
                            A() throws Exception { }
                            @Override public void run() {
                                if (x) { } else { }
                                Runnable r = () -> { };
                                Object o = new java.util.concurrent.Callable<String>() {
                                    public String call() { return "}"; }
                                };
                                int[][] a = {{1}, {2}};
                                class Local { }
                                switch (k) { case 1 -> x(); default -> y(); }
                            }
                        }
                        """));
    }

    @Test
    void readsEnumConstantBodiesRecordsAndAnnotationTypes() {
        assertEquals(List.of("TYPE E", "ANONYMOUS", "ANONYMOUS", "CALLABLE f", "CALLABLE E", "TYPE R", "INITIALIZER",
                "TYPE N"),
                braces("""
                        enum E {
                            A { }, B(1) { },
                            C;
                            void f() { }
                            E() { }
                        }
                        record R(int a, Runtime rt) implements java.io.Serializable {
                            R { }
                        }
                        @interface N { String value() default "x"; }
                        """));
    }

    @Test
    void knowsAMainMethodByNameResultAndParameters() {
        String src = """
                class M {
                    public static void main(String[] args) { a(); Runnable r = () -> b(); new Thread() { public void run() { c(); } }; }
                    static <T> void main(java.util.Map<String, Integer> m) { d(); }
                    static void main(String a, String b) { e(); }
                    int main(String[] a) { f(); return 0; }
                    void other() { g(); }
                }
                """;
        JavaTokens t = JavaTokens.of(src);
        JavaBlocks b = JavaBlocks.of(t);
        List<String> inMain = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.isIdentifier(i) && t.text(i).length() == 1 && t.is(i + 1, '(') && t.is(i + 2, ')')) {
                inMain.add(t.text(i) + "=" + b.inMainMethod(i));
            }
        }
        assertEquals(List.of("a=true", "b=true", "c=false", "d=true", "e=false", "f=false", "g=false"), inMain);
    }

    @Test
    void brokenSourceGivesARougherAnswerNeverAnException() {
        for (String src : List.of("class A { void m( { x(); }", "}}} class { {", "class A { void m() { new X() {",
                "enum { A(, B { } ", "\"unterminated { class B {")) {
            JavaTokens t = JavaTokens.of(src);
            JavaBlocks b = JavaBlocks.of(t);
            for (int i = 0; i < t.size(); i++) {
                int open = b.enclosing(i);
                // every token stands in an opening brace that comes before it, whose kind is known
                assertTrue(open == -1 || (open < i && t.is(open, '{') && b.kind(open) != null), src + " @" + i);
                assertFalse(b.inMainMethod(i), src);
            }
        }
        assertEquals(0, JavaTokens.of("").size());
        assertEquals(List.of("TYPE A", "ARRAY"), braces("class A { void m( { x(); }"),
                "after an unclosed ( a brace reads as an array initializer: rough, but the type is still A");
    }
}
